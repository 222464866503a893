// The 指标库 tab's target sheet and the preview / written / undo bar of "从指标库添加".
import { Button, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../i18n';
import { fill } from '../check/fill';
import type { useLibraryAdd } from './useLibraryAdd';

const useStyles = makeStyles({
  full: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

type Add = ReturnType<typeof useLibraryAdd>;


/** A native select: it reads the workbook's project sheets when focused, so the list is current. */
export function LibraryTarget({ add, hasHost }: { add: Add; hasHost: boolean }) {
  const s = useStrings();
  const styles = useStyles();
  const names = Array.isArray(add.sheets) ? add.sheets : [];
  // A chosen sheet stays listed while the list is read again.
  const listed = add.target !== '' && !names.includes(add.target) ? [add.target, ...names] : names;
  return (
    <Field label={s.libTarget} hint={add.sheets === 'loading' ? s.libTargetLoading : s.libTargetHint}>
      <Select
        value={add.target}
        onChange={(_, data) => add.choose(data.value)}
        onFocus={() => void add.loadSheets()}
        disabled={!hasHost || add.busy}
        className={styles.full}
      >
        <option value="">{s.libTargetNone}</option>
        {listed.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function LibraryAddOutcome({ add }: { add: Add }) {
  const s = useStrings();
  const styles = useStyles();
  const { state } = add;
  if (state.kind === 'preview') {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {s.libPreview}
          <ul className={styles.list}>
            {state.changes.map((c) => (
              <li key={c.cell}>
                {c.sheet}!{c.cell}：{String(c.before) || '（空）'} → {String(c.after)}
              </li>
            ))}
          </ul>
          {state.changes[0]?.reason}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void add.apply()} disabled={add.busy}>
              {s.libApply}
            </Button>
            <Button onClick={add.cancel} disabled={add.busy}>
              {s.libCancel}
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.kind === 'applied') {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {fill(s.libApplied, { cells: state.cells.join('、') })}
          <div className={styles.actions}>
            <Button onClick={() => void add.undo()} disabled={add.busy}>
              {s.libUndo}
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.kind === 'undone' || state.kind === 'failed') {
    return (
      <MessageBar intent={state.kind === 'failed' ? 'error' : 'success'} layout="multiline">
        <MessageBarBody>{state.kind === 'failed' ? state.text : s.libUndone}</MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
