// What the pane calls each column role (the reader's and the user's choices).
import type { ColumnOverride, TableColumnRole } from '../../engine/schema';
import type { StringKey } from '../../i18n';

export const ROLE_NAME: Record<TableColumnRole['role'], StringKey> = {
  label: 'roleLabel',
  level1: 'roleLevel1',
  level2: 'roleLevel2',
  level3: 'roleLevel3',
  tree: 'roleTree',
  period: 'rolePeriod',
  annual: 'roleAnnual',
  operator: 'roleOperator',
  unit: 'roleUnit',
  extra: 'roleExtra',
};

/** The roles a user may give a column, in the order the dropdown lists them. */
export const CHOOSABLE_ROLES: ColumnOverride['role'][] = ['level1', 'level2', 'level3', 'period', 'annual', 'operator', 'unit', 'extra'];

export const SOURCE_NAME: Record<TableColumnRole['source'], StringKey> = {
  header: 'sourceHeader',
  content: 'sourceContent',
  'header+content': 'sourceBoth',
  user: 'sourceUser',
};
