import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TableReading } from '../../engine/readingNotes';
import type { ColumnOverride, TableColumnRole } from '../../engine/schema';
import { useStrings, type Strings } from '../../i18n';
import { ColumnRolePicker, type RoleChoice } from './ColumnRolePicker';
import { fill } from './fill';
import { ROLE_NAME, SOURCE_NAME } from './roleNames';
import { UserRoles } from './UserRoles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalS },
});

/** "「表名」按以下方式读取：C列 三级指标（依内容）、…" */
export function readingText(s: Strings, reading: TableReading): string {
  const roles = reading.roles
    .filter((r): r is TableColumnRole => r.role !== 'extra')
    .map((r) => fill(s.readingRole, { column: r.column, role: s[ROLE_NAME[r.role]], source: s[SOURCE_NAME[r.source]] }));
  return fill(s.readingLine, { sheet: reading.sheet, roles: roles.join(s.readingSeparator) });
}

export interface ReadingNotesProps {
  readings: TableReading[];
  /** The column roles the user set, saved in the workbook. */
  userRoles?: ColumnOverride[];
  /** A save or a check is under way. */
  busy?: boolean;
  /** Saves these roles (on top of the ones already set) and checks again. */
  onChoose?: (choices: RoleChoice[]) => void;
  /** Removes every role the user set and checks again. */
  onReset?: () => void;
}

/** How the tables the reader was unsure of were read, with a way to set a column's role; nothing when all is standard. */
export function ReadingNotes({ readings, userRoles = [], busy = false, onChoose, onReset }: ReadingNotesProps) {
  const s = useStrings();
  const styles = useStyles();
  const headingId = useId();
  if (readings.length === 0 && userRoles.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h3" size={300} weight="semibold" id={headingId} className={styles.heading}>
        {s.readingHeading}
      </Text>
      {readings.length ? <Text>{s.readingIntro}</Text> : null}
      {readings.length && onChoose ? <Text size={200}>{s.rolePickIntro}</Text> : null}
      <ul className={styles.list}>
        {readings.map((r) => (
          <li key={r.sheet} className={styles.item}>
            <Text>{readingText(s, r)}</Text>
            {onChoose ? <ColumnRolePicker reading={r} disabled={busy} onApply={onChoose} /> : null}
          </li>
        ))}
      </ul>
      {onReset ? <UserRoles roles={userRoles} disabled={busy} onReset={onReset} /> : null}
    </section>
  );
}
