// New project sheets: the default 项目绩效目标表 template, copies of existing project sheets, and the
// checked inputs both are made from.
export { CANONICAL_TREE, LEVEL1_NAMES, ALL_LEVEL2_NAMES, level2NamesOf, type Level1Group } from './hierarchy';
export { tableDropdowns, VALUE_PROMPT, LEVEL1_PROMPT, LEVEL3_PROMPT, type DropdownTable, type LevelRow } from './dropdowns';
export { buildProjectSheet, TEMPLATE_TITLE, TEMPLATE_ROWS, TEMPLATE_CELLS, TABLE_HEADER, AMOUNT_FORMAT } from './projectTemplate';
export { copyProjectSheet, type CopiedSheet } from './copyProject';
export { describeIssues, inputMessage, errorLine, copyFromErrors, sheetNameNote, type FieldError } from './inputMessages';
export { planNewProject, toNewProject, budgetYearFor, copyableProjectSheets, type NewProjectResult } from './newProject';
