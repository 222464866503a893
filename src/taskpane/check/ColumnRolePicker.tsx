import { Button, Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { TableReading } from '../../engine/readingNotes';
import type { ColumnOverride } from '../../engine/schema';
import { useStrings } from '../../i18n';
import { fill } from './fill';
import { CHOOSABLE_ROLES, ROLE_NAME } from './roleNames';

export type RoleChoice = Pick<ColumnOverride, 'sheet' | 'column' | 'role'>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  fields: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  field: { minWidth: '9rem', maxWidth: '100%' },
  dropdown: { minWidth: '9rem', maxWidth: '100%' },
  apply: { alignSelf: 'flex-start' },
});

export interface ColumnRolePickerProps {
  reading: TableReading;
  disabled: boolean;
  /** Saves the changed columns' roles and checks again. */
  onApply: (choices: RoleChoice[]) => void;
}

/** One dropdown per column of an unsure table (its role as read), and a button to check again with the changes. */
export function ColumnRolePicker({ reading, disabled, onApply }: ColumnRolePickerProps) {
  const s = useStrings();
  const styles = useStyles();
  // The roles chosen but not yet applied, by column letters; a new reading starts with none.
  const [pending, setPending] = useState<{ reading: TableReading; roles: Map<string, ColumnOverride['role']> }>({ reading, roles: new Map() });
  const chosen = pending.reading === reading ? pending.roles : new Map<string, ColumnOverride['role']>();
  const choose = (column: string, role: ColumnOverride['role'], current: string) => {
    const roles = new Map(chosen);
    if (role === current) roles.delete(column);
    else roles.set(column, role);
    setPending({ reading, roles });
  };
  return (
    <div className={styles.root}>
      <div className={styles.fields}>
        {reading.columns.map((c) => {
          const role = chosen.get(c.column) ?? c.role;
          return (
            <Field key={c.column} label={fill(s.rolePickLabel, { sheet: reading.sheet, column: c.column })} className={styles.field}>
              <Dropdown
                value={s[ROLE_NAME[role]]}
                selectedOptions={[role]}
                onOptionSelect={(_, data) => data.optionValue && choose(c.column, data.optionValue as ColumnOverride['role'], c.role)}
                disabled={disabled}
                className={styles.dropdown}
              >
                {CHOOSABLE_ROLES.map((r) => (
                  <Option key={r} value={r}>
                    {s[ROLE_NAME[r]]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        })}
      </div>
      <Button
        className={styles.apply}
        disabledFocusable={disabled || chosen.size === 0}
        onClick={() => onApply([...chosen].map(([column, role]) => ({ sheet: reading.sheet, column, role })))}
      >
        {s.rolePickApply}
      </Button>
    </div>
  );
}
