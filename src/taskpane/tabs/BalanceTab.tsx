import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Change } from '../../engine/schema';
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
  scope: { margin: 0, color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  outcome: {
    borderRadius: tokens.borderRadiusMedium,
    ':focus': { outline: 'none' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

const call = <T,>(fn: () => Promise<T>): Promise<T> => Promise.resolve().then(fn);

/** 平衡: the last check's rebalance plan as a table; apply it, undo it. Loaded lazily by App. */
export function BalanceTab({ host }: TabProps) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const { session, state } = useCheckSession(host);
  const actions = usePlanActions(host, session, lang);
  const root = useRef<HTMLDivElement>(null);
  const outcomeBox = useRef<HTMLDivElement>(null);
  // 应用 and 撤销 unmount once they are done (the plan is gone, nothing is left to undo): focus moves
  // to what they came to, unless the user has already moved it somewhere outside this tab.
  // (Not again when the re-check after 应用 completes the same outcome: focus may have moved on.)
  useEffect(() => {
    if (!actions.outcome || ('checkedAfter' in actions.outcome && actions.outcome.checkedAfter !== undefined)) return;
    const active = document.activeElement;
    if (!active || active === document.body || root.current?.contains(active)) outcomeBox.current?.focus();
  }, [actions.outcome]);
  const [selectFailure, setSelectFailure] = useState<unknown>(null);
  const select = (change: Change) => {
    setSelectFailure(null);
    if (host) call(() => host.select(change.sheet, change.cell)).catch((error: unknown) => setSelectFailure(error ?? new Error('select failed')));
  };
  const checking = state.phase === 'reading' || state.phase === 'checking';
  const recheck = (
    <Button disabledFocusable={!session || checking} onClick={() => void session?.check(lang)}>
      {state.result ? s.balanceRecheck : s.checkRun}
    </Button>
  );
  // What 应用 wrote stays on screen through the re-check it makes, and goes with any later check.
  const wrote = actions.outcome?.kind === 'applied' || actions.outcome?.kind === 'appliedNoUndo' ? actions.outcome : null;
  const current = wrote === null || wrote.checkedAfter === undefined || wrote.checkedAfter === state.result;
  const outcome = current ? actions.outcome : null;
  const applied = current ? wrote : null;
  // Until the re-check after 应用 is in, the last plan is the one just written: not offered again.
  const plan = applied && applied.checkedAfter === undefined ? [] : (state.result?.plan ?? []);
  const outcomeBar = outcome ? (
    <div ref={outcomeBox} tabIndex={-1} className={styles.outcome}>
      <PlanOutcomeBar outcome={outcome} recheck={recheck} />
    </div>
  ) : null;

  return (
    <div ref={root} className={styles.root}>
      <Text as="p" className={styles.intro}>
        {s.balancePlaceholder}
      </Text>
      {checking ? <Spinner size="tiny" labelPosition="after" label={s.checkRunning} /> : null}
      {state.failure?.action === 'check' ? <FailureBar error={state.failure.error} fallback={s.checkFailed} /> : null}
      {applied ? (
        <>
          {outcomeBar}
          <PlanTable plan={applied.plan} snapshot={applied.snapshot} applied onSelect={select} />
        </>
      ) : null}
      {state.result === null ? (
        <Text as="p">{s.balanceNotChecked}</Text>
      ) : plan.length === 0 ? (
        // After 应用 the success message says it all: no second green box.
        applied ? null : (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{s.balanceBalanced}</MessageBarBody>
          </MessageBar>
        )
      ) : (
        <>
          <Text as="p" weight="semibold">
            {fill(s.balancePlanCount, { n: plan.length })}
          </Text>
          <PlanTable plan={plan} snapshot={state.snapshot} onSelect={select} />
        </>
      )}
      {state.result !== null ? (
        <Text as="p" size={200} className={styles.scope}>
          {s.balanceScope}
        </Text>
      ) : null}
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
        {state.result === null || outcome?.kind !== 'applyFailed' ? recheck : null}
      </div>
      {selectFailure ? <FailureBar error={selectFailure} fallback={s.checkSelectFailed} /> : null}
      {actions.busy ? <Spinner size="tiny" labelPosition="after" label={s.balanceWriting} /> : null}
      {applied ? null : outcomeBar}
    </div>
  );
}
