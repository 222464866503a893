// The 新建项目表 form's project type and the library's starting indicators for it, each a checkbox the
// user can untick before the sheet is made.
import { Checkbox, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { starterSet } from '../../engine/library';
import { CHOOSABLE_TYPES, type LibraryIndicator, type ProjectType } from '../../engine/schema';
import { useStrings } from '../../i18n';
import { fill } from '../check/fill';

const useStyles = makeStyles({
  full: { width: '100%', minWidth: 0 },
  set: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  level2: { marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
  example: { color: tokens.colorNeutralForeground3 },
});


export interface StarterProps {
  type: ProjectType | '';
  /** Ids the user unticked. */
  unticked: ReadonlySet<string>;
  onType: (type: ProjectType | '') => void;
  onToggle: (id: string, ticked: boolean) => void;
  disabled: boolean;
  /** A copy of an existing sheet keeps its rows: the list is not offered then. */
  copying: boolean;
}

/** The ids to send with the form: the type's starting set less what was unticked. */
export function chosenIds(type: ProjectType | '', unticked: ReadonlySet<string>): string[] | undefined {
  return type === '' ? undefined : starterSet(type).filter((i) => !unticked.has(i.id)).map((i) => i.id);
}

export function StarterIndicators({ type, unticked, onType, onToggle, disabled, copying }: StarterProps) {
  const s = useStrings();
  const styles = useStyles();
  const set = type === '' ? [] : starterSet(type);
  const groups = new Map<string, LibraryIndicator[]>();
  for (const indicator of set) groups.set(indicator.level2, [...(groups.get(indicator.level2) ?? []), indicator]);
  return (
    <>
      <Field label={s.npType} hint={s.npTypeHint}>
        <Dropdown
          value={type === '' ? s.npTypeNone : type}
          selectedOptions={[type]}
          onOptionSelect={(_, data) => onType((data.optionValue ?? '') as ProjectType | '')}
          disabled={disabled}
          className={styles.full}
        >
          <Option value="">{s.npTypeNone}</Option>
          {CHOOSABLE_TYPES.map((t) => (
            <Option key={t} value={t}>
              {t}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {type !== '' && copying ? <Text>{s.npStarterFromCopy}</Text> : null}
      {type !== '' && !copying ? (
        <fieldset className={styles.set}>
          <legend>{fill(s.npStarterLegend, { chosen: set.filter((i) => !unticked.has(i.id)).length, total: set.length })}</legend>
          {[...groups].map(([level2, list]) => (
            <div key={level2}>
              <Text as="p" size={200} className={styles.level2}>
                {list[0].level1} · {level2}
              </Text>
              {list.map((indicator) => (
                <Checkbox
                  key={indicator.id}
                  checked={!unticked.has(indicator.id)}
                  onChange={(_, data) => onToggle(indicator.id, data.checked === true)}
                  disabled={disabled}
                  label={
                    <>
                      {indicator.name} <span className={styles.example}>{fill(s.libExample, { example: indicator.example })}</span>
                    </>
                  }
                />
              ))}
            </div>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
