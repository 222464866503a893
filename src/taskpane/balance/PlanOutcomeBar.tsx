import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useStrings } from '../../i18n';
import { FailureBar } from '../check/FailureBar';
import { fill } from '../check/fill';
import { cellList } from './cellList';
import type { PlanOutcome } from './usePlanActions';

/** The result of the last apply or undo; a refused apply suggests checking again, with the button. */
export function PlanOutcomeBar({ outcome, recheck }: { outcome: PlanOutcome; recheck: ReactNode }) {
  const s = useStrings();
  const written = (o: { written: number; plan: Parameters<typeof cellList>[0] }) => ({
    n: o.written,
    cells: cellList(o.plan, s.balanceCellSeparator, s.balanceCellsMore),
  });
  switch (outcome.kind) {
    case 'applyFailed':
      return <FailureBar error={outcome.error} fallback={s.balanceApplyFailed} hint={s.balanceRecheckHint} action={recheck} />;
    case 'undoFailed':
      return <FailureBar error={outcome.error} fallback={s.balanceUndoFailed} />;
    case 'appliedNoUndo':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{fill(s.balanceAppliedNoUndo, written(outcome))}</MessageBarBody>
        </MessageBar>
      );
    default: {
      const text =
        outcome.kind === 'applied'
          ? fill(s.balanceApplied, written(outcome))
          : outcome.kind === 'undone'
            ? s.balanceUndone
            : s.balanceNothingToUndo;
      return (
        <MessageBar intent={outcome.kind === 'nothingToUndo' ? 'info' : 'success'} layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      );
    }
  }
}
