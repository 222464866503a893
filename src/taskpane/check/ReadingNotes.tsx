import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TableReading } from '../../engine/readingNotes';
import type { TableColumnRole } from '../../engine/schema';
import { useStrings, type StringKey, type Strings } from '../../i18n';
import { fill } from './fill';

const ROLE: Record<Exclude<TableColumnRole['role'], 'extra'>, StringKey> = {
  label: 'roleLabel',
  level1: 'roleLevel1',
  level2: 'roleLevel2',
  level3: 'roleLevel3',
  tree: 'roleTree',
  period: 'rolePeriod',
  annual: 'roleAnnual',
  operator: 'roleOperator',
  unit: 'roleUnit',
};
const SOURCE: Record<TableColumnRole['source'], StringKey> = { header: 'sourceHeader', content: 'sourceContent', 'header+content': 'sourceBoth', user: 'sourceUser' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** "「表名」按以下方式读取：C列 三级指标（依内容）、…" */
export function readingText(s: Strings, reading: TableReading): string {
  const roles = reading.roles
    .filter((r): r is TableColumnRole & { role: keyof typeof ROLE } => r.role !== 'extra')
    .map((r) => fill(s.readingRole, { column: r.column, role: s[ROLE[r.role]], source: s[SOURCE[r.source]] }));
  return fill(s.readingLine, { sheet: reading.sheet, roles: roles.join(s.readingSeparator) });
}

/** How the tables the reader was unsure of were read; nothing when every table had a standard header. */
export function ReadingNotes({ readings }: { readings: TableReading[] }) {
  const s = useStrings();
  const styles = useStyles();
  const headingId = useId();
  if (readings.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h3" size={300} weight="semibold" id={headingId} className={styles.heading}>
        {s.readingHeading}
      </Text>
      <Text>{s.readingIntro}</Text>
      <ul className={styles.list}>
        {readings.map((r) => (
          <li key={r.sheet}>
            <Text>{readingText(s, r)}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
