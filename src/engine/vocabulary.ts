// The label vocabulary: how level names and header cells are recognised. Details in ./vocabulary/.
export { normaliseLabel } from './vocabulary/label';
export { level1Of, level2Of } from './vocabulary/levels';
export { columnRoleOf, type ColumnRole } from './vocabulary/columns';
