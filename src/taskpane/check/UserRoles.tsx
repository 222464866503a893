import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { ColumnOverride } from '../../engine/schema';
import { useStrings } from '../../i18n';
import { fill } from './fill';
import { ROLE_NAME } from './roleNames';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  reset: { alignSelf: 'flex-start' },
});

/** The column roles the user set (saved in the workbook), and the way back to the reader's own reading. */
export function UserRoles({ roles, disabled, onReset }: { roles: ColumnOverride[]; disabled: boolean; onReset: () => void }) {
  const s = useStrings();
  const styles = useStyles();
  const headingId = useId();
  if (roles.length === 0) return null;
  return (
    <div role="group" aria-labelledby={headingId} className={styles.root}>
      <Text id={headingId} weight="semibold">
        {s.rolesSetHeading}
      </Text>
      <ul className={styles.list}>
        {roles.map((r) => (
          <li key={`${r.sheet}!${r.column}`}>
            <Text>{fill(s.rolesSetLine, { sheet: r.sheet, column: r.column, role: s[ROLE_NAME[r.role]] })}</Text>
          </li>
        ))}
      </ul>
      <Button className={styles.reset} disabledFocusable={disabled} onClick={onReset}>
        {s.rolesReset}
      </Button>
    </div>
  );
}
