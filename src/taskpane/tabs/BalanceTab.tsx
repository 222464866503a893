import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useLang, useStrings } from '../../i18n';
import { PlanOutcomeBar } from '../balance/PlanOutcomeBar';
import { PlanTable } from '../balance/PlanTable';
import { usePlanActions } from '../balance/usePlanActions';
import { FailureBar } from '../check/FailureBar';
import { fill } from '../check/fill';
import { useCheckSession } from '../check/useCheckSession';
import type { TabProps } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** 平衡: the last check's rebalance plan as a table; apply it, undo it. Loaded lazily by App. */
export function BalanceTab({ host }: TabProps) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const { session, state } = useCheckSession(host);
  const actions = usePlanActions(host, session, lang);
  const checking = state.phase === 'reading' || state.phase === 'checking';
  const plan = state.result?.plan ?? [];
  const recheck = (
    <Button disabledFocusable={!session || checking} onClick={() => void session?.check(lang)}>
      {state.result ? s.balanceRecheck : s.checkRun}
    </Button>
  );

  return (
    <div className={styles.root}>
      <Text as="p" className={styles.intro}>
        {s.balancePlaceholder}
      </Text>
      {checking ? <Spinner size="tiny" labelPosition="after" label={s.checkRunning} /> : null}
      {state.failure?.action === 'check' ? <FailureBar error={state.failure.error} fallback={s.checkFailed} /> : null}
      {state.result === null ? (
        <Text as="p">{s.balanceNotChecked}</Text>
      ) : plan.length === 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{s.balanceBalanced}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text as="p" weight="semibold">
            {fill(s.balancePlanCount, { n: plan.length })}
          </Text>
          <PlanTable plan={plan} />
        </>
      )}
      <div role="group" aria-label={s.balanceActionsLabel} className={styles.buttons}>
        {plan.length > 0 ? (
          <Button appearance="primary" disabledFocusable={actions.busy || checking} onClick={() => void actions.apply(plan)}>
            {s.balanceApply}
          </Button>
        ) : null}
        {actions.undoable ? (
          <Button disabledFocusable={actions.busy || checking} onClick={() => void actions.undo()}>
            {s.balanceUndo}
          </Button>
        ) : null}
        {state.result === null || actions.outcome?.kind !== 'applyFailed' ? recheck : null}
      </div>
      {actions.busy ? <Spinner size="tiny" labelPosition="after" label={s.balanceWriting} /> : null}
      {actions.outcome ? <PlanOutcomeBar outcome={actions.outcome} recheck={recheck} /> : null}
    </div>
  );
}
