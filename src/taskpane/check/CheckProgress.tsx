import { Field, ProgressBar, Spinner } from '@fluentui/react-components';
import { useStrings } from '../../i18n';
import { fill } from './fill';
import type { CheckState } from './session';

/** Reading: a bar fed by the host's progress; checking: a spinner. Announced politely. */
export function CheckProgress({ phase, progress }: Pick<CheckState, 'phase' | 'progress'>) {
  const s = useStrings();
  return (
    <div aria-live="polite">
      {phase === 'reading' ? (
        <Field
          label={s.checkReading}
          hint={progress ? fill(s.checkReadingCount, { done: progress.done, total: progress.total }) : undefined}
        >
          <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} />
        </Field>
      ) : phase === 'checking' ? (
        <Spinner size="tiny" labelPosition="after" label={s.checkRunning} />
      ) : null}
    </div>
  );
}
