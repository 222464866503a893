import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Change, WorkbookSnapshot } from '../../engine/schema';
import { useStrings } from '../../i18n';
import { plainButton } from '../check/plainButton';
import { numberFormatAt, shownValue } from './planValues';

/** A task pane at its narrowest (320 px): each change becomes a small card. */
const NARROW = '@media (max-width: 420px)';

const useStyles = makeStyles({
  // Auto layout: 单元格 and 原值 → 新值 shrink to their content and 原因 takes the rest. At a narrow
  // width each row turns into a two-line card (cell and values, then the reason across the full
  // width), so a change is a few lines tall instead of three squeezed columns. The explicit table
  // roles keep the table's semantics for screen readers when the display changes.
  table: { tableLayout: 'auto', width: '100%', [NARROW]: { display: 'block' } },
  group: { [NARROW]: { display: 'block' } },
  row: {
    [NARROW]: {
      display: 'grid',
      gridTemplateColumns: 'auto minmax(0, 1fr)',
      columnGap: tokens.spacingHorizontalM,
      alignItems: 'baseline',
    },
  },
  full: { [NARROW]: { gridColumn: '1 / -1' } },
  // Fluent gives small cells a fixed 34 px height: a wrapped reason needs the row to grow.
  cell: {
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    [NARROW]: { height: 'auto' },
  },
  narrow: { width: '1%', whiteSpace: 'nowrap', overflowWrap: 'normal', [NARROW]: { width: 'auto', height: 'auto' } },
  // The pane breaks long words anywhere; "anywhere" would also shrink these columns to one character.
  nowrap: { whiteSpace: 'nowrap', overflowWrap: 'normal' },
  reason: { overflowWrap: 'anywhere', [NARROW]: { paddingTop: 0 } },
  sheet: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: 'anywhere',
  },
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  secondary: { color: tokens.colorNeutralForeground3 },
  after: { fontWeight: tokens.fontWeightSemibold },
  // "✓ 已写入" is one mark: never a ✓ on one line and the words on the next.
  written: { color: tokens.colorPaletteGreenForeground1, whiteSpace: 'nowrap' },
  jump: { ...plainButton, width: 'auto', fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline', textDecorationStyle: 'dotted' },
});

interface PlanTableProps {
  plan: Change[];
  snapshot: WorkbookSnapshot | null;
  applied?: boolean;
  /** Selects a change's cell in the workbook: the cell names are buttons when given. */
  onSelect?: (change: Change) => void;
}

/**
 * The plan: the rows of each sheet under its name, one row per target cell with 原值 → 新值 and why.
 * `applied` shows the same rows as written (after 应用, until the next check).
 */
export function PlanTable({ plan, snapshot, applied = false, onSelect }: PlanTableProps) {
  const s = useStrings();
  const styles = useStyles();
  const sheets = [...new Set(plan.map((c) => c.sheet))];
  const show = (change: Change, value: Change['before']) =>
    shownValue(value, numberFormatAt(snapshot, change.sheet, change.cell), s.balanceEmptyValue);
  return (
    <Table role="table" aria-label={applied ? s.balanceAppliedLabel : s.balancePlanLabel} size="small" className={styles.table}>
      <TableHeader role="rowgroup" className={styles.group}>
        <TableRow role="row" className={styles.row}>
          <TableHeaderCell role="columnheader" className={styles.narrow}>
            {s.balanceColCell}
          </TableHeaderCell>
          <TableHeaderCell role="columnheader" className={styles.narrow}>
            {s.balanceColChange}
          </TableHeaderCell>
          <TableHeaderCell role="columnheader" className={styles.full}>
            {s.balanceColReason}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      {sheets.map((sheet) => (
        <TableBody key={sheet} role="rowgroup" className={styles.group}>
          <TableRow role="row" className={styles.row}>
            <th role="rowheader" colSpan={3} scope="rowgroup" className={mergeClasses(styles.sheet, styles.full)}>
              {sheet}
            </th>
          </TableRow>
          {plan
            .filter((change) => change.sheet === sheet)
            .map((change) => (
              <TableRow key={`${change.sheet}!${change.cell}`} role="row" className={styles.row}>
                <TableCell role="cell" className={mergeClasses(styles.cell, styles.nowrap)}>
                  <span className={styles.stack}>
                    {onSelect ? (
                      <button type="button" className={styles.jump} title={s.checkSelectHint} onClick={() => onSelect(change)}>
                        {change.cell}
                      </button>
                    ) : (
                      <Text weight="semibold">{change.cell}</Text>
                    )}
                    {applied ? (
                      <Text size={200} className={styles.written}>
                        ✓ {s.balanceAppliedMark}
                      </Text>
                    ) : null}
                  </span>
                </TableCell>
                <TableCell role="cell" className={styles.cell}>
                  <span className={styles.nowrap}>{show(change, change.before)}</span>{' '}
                  <span className={styles.nowrap}>
                    → <span className={styles.after}>{show(change, change.after)}</span>
                  </span>
                </TableCell>
                <TableCell role="cell" className={mergeClasses(styles.cell, styles.reason, styles.full)}>
                  <span className={styles.stack}>
                    <Text>{change.reason}</Text>
                    {change.relation ? (
                      <Text size={200} className={styles.secondary}>
                        {change.relation}
                      </Text>
                    ) : null}
                  </span>
                </TableCell>
              </TableRow>
            ))}
        </TableBody>
      ))}
    </Table>
  );
}
