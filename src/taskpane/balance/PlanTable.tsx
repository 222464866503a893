import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Change, CellValue } from '../../engine/schema';
import { useStrings, type Strings } from '../../i18n';

const useStyles = makeStyles({
  // Fixed layout with wrapping cells: three narrow columns still fit a 320 px pane.
  table: { tableLayout: 'fixed', width: '100%' },
  cell: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  secondary: { color: tokens.colorNeutralForeground3 },
  after: { fontWeight: tokens.fontWeightSemibold },
});

export function valueText(s: Strings, value: CellValue): string {
  return value === '' ? s.balanceEmptyValue : String(value);
}

/** The plan: one row per target cell with 原值 → 新值 and why. */
export function PlanTable({ plan }: { plan: Change[] }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <Table aria-label={s.balancePlanLabel} size="small" className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{s.balanceColCell}</TableHeaderCell>
          <TableHeaderCell>{s.balanceColChange}</TableHeaderCell>
          <TableHeaderCell>{s.balanceColReason}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {plan.map((change) => (
          <TableRow key={`${change.sheet}!${change.cell}`}>
            <TableCell className={styles.cell}>
              <span className={styles.stack}>
                <Text weight="semibold">{change.cell}</Text>
                <Text size={200} className={styles.secondary}>
                  {change.sheet}
                </Text>
              </span>
            </TableCell>
            <TableCell className={styles.cell}>
              <span>{valueText(s, change.before)}</span>
              {' → '}
              <span className={styles.after}>{valueText(s, change.after)}</span>
            </TableCell>
            <TableCell className={styles.cell}>
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
    </Table>
  );
}
