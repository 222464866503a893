// The 指标库 tab's target sheet and the preview / written / undo bar of "从指标库添加".
import { Button, Dropdown, Field, MessageBar, MessageBarBody, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../i18n';
import type { useLibraryAdd } from './useLibraryAdd';

const useStyles = makeStyles({
  full: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

type Add = ReturnType<typeof useLibraryAdd>;

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}

export function LibraryTarget({ add, hasHost }: { add: Add; hasHost: boolean }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <Field label={s.libTarget} hint={s.libTargetHint}>
      <Dropdown
        value={add.target === '' ? s.libTargetNone : add.target}
        selectedOptions={[add.target]}
        onOptionSelect={(_, data) => add.choose(data.optionValue ?? '')}
        onOpenChange={(_, data) => {
          if (data.open) void add.loadSheets();
        }}
        disabled={!hasHost || add.busy}
        className={styles.full}
      >
        <Option value="">{s.libTargetNone}</Option>
        {add.sheets === 'loading' ? (
          <Option value="__loading" disabled>
            {s.libTargetLoading}
          </Option>
        ) : (
          (add.sheets ?? []).map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))
        )}
      </Dropdown>
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
