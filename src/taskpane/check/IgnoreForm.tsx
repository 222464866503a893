import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useStrings } from '../../i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export interface IgnoreFormProps {
  /** Names the form for screen readers, e.g. "忽略 C6：内容错位". */
  label: string;
  busy: boolean;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** Asks why a finding is ignored: the reason is kept in the workbook for a reviewer. Esc cancels. */
export function IgnoreForm({ label, busy, onConfirm, onCancel }: IgnoreFormProps) {
  const s = useStrings();
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed !== '' && !busy) onConfirm(trimmed);
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <form aria-label={label} className={styles.form} onSubmit={submit} onKeyDown={escape}>
      <Field label={s.checkIgnoreReason} hint={s.checkIgnoreReasonHint} required>
        {/* The form opens on the user's request, so taking focus there is expected. */}
        <Input value={reason} onChange={(_, data) => setReason(data.value)} autoFocus />
      </Field>
      <div className={styles.buttons}>
        {/* While saving it stays focusable: a disabled button would drop keyboard focus to the page. */}
        <Button type="submit" appearance="primary" size="small" disabled={trimmed === ''} disabledFocusable={busy}>
          {s.checkIgnoreConfirm}
        </Button>
        <Button type="button" size="small" onClick={onCancel}>
          {s.checkIgnoreCancel}
        </Button>
      </div>
    </form>
  );
}
