import { useCallback, useEffect, useState } from 'react';
import type { CheckResult } from '../../engine/check';
import type { Change, WorkbookSnapshot } from '../../engine/schema';
import type { WorkbookHost } from '../../host/workbookHost';
import type { Lang } from '../../i18n';
import type { CheckSession } from '../check/session';

/**
 * What was written, shown until the next check: the plan as applied, the snapshot it was planned on
 * (for the cells' number formats), and the check made right after writing (undefined while it runs).
 */
export interface AppliedPlan {
  written: number;
  plan: Change[];
  snapshot: WorkbookSnapshot | null;
  checkedAfter?: CheckResult | null;
}

/** What the last apply or undo came to, for the message bar. */
export type PlanOutcome =
  | ({ kind: 'applied' } & AppliedPlan)
  /** The cells are written, but the host could not keep the undo record. */
  | ({ kind: 'appliedNoUndo' } & AppliedPlan)
  | { kind: 'undone' }
  | { kind: 'nothingToUndo' }
  | { kind: 'applyFailed'; error: unknown }
  | { kind: 'undoFailed'; error: unknown };

export interface PlanActions {
  /** The host has a plan it can undo (asked on entering the tab, then after each apply/undo). */
  undoable: boolean;
  busy: boolean;
  outcome: PlanOutcome | null;
  apply(plan: Change[]): Promise<void>;
  undo(): Promise<void>;
}

const call = <T>(fn: () => Promise<T>): Promise<T> => Promise.resolve().then(fn);

/**
 * Apply and undo against the host. After either, the workbook is checked again so the findings and
 * the plan are fresh; a refused apply changes nothing and leaves the check as it was.
 */
export function usePlanActions(host: WorkbookHost | null, session: CheckSession | null, lang: Lang): PlanActions {
  const [undoable, setUndoable] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PlanOutcome | null>(null);

  useEffect(() => {
    if (!host) return;
    let live = true;
    call(() => host.canUndoPlan()).then(
      (can) => live && setUndoable(can),
      () => live && setUndoable(false),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const apply = useCallback(
    async (plan: Change[]) => {
      if (!host) return;
      setBusy(true);
      setOutcome(null);
      try {
        const { written } = await call(() => host.applyPlan(plan));
        // Asked, not assumed: a host that wrote the cells but could not keep the undo record says no.
        const can = await call(() => host.canUndoPlan()).catch(() => false);
        const snapshot = session?.getState().snapshot ?? null;
        setOutcome({ kind: can ? 'applied' : 'appliedNoUndo', written, plan, snapshot });
        setUndoable(can);
        // The written cells are often off screen: show the first. Not selecting it fails nothing.
        if (plan.length > 0) await call(() => host.select(plan[0].sheet, plan[0].cell)).catch(() => undefined);
      } catch (error) {
        setOutcome({ kind: 'applyFailed', error });
        setBusy(false);
        return;
      }
      setBusy(false);
      if (!session) return;
      // The re-check after writing belongs to the apply: what was written stays on screen until a later one.
      const after = (await session.check(lang)) ?? session.getState().result;
      setOutcome((o) => (o && (o.kind === 'applied' || o.kind === 'appliedNoUndo') && o.plan === plan ? { ...o, checkedAfter: after } : o));
    },
    [host, session, lang],
  );

  const undo = useCallback(async () => {
    if (!host) return;
    setBusy(true);
    setOutcome(null);
    try {
      const undone = await call(() => host.undoPlan());
      setOutcome({ kind: undone ? 'undone' : 'nothingToUndo' });
      setUndoable(await call(() => host.canUndoPlan()).catch(() => false));
    } catch (error) {
      setOutcome({ kind: 'undoFailed', error });
      setBusy(false);
      return;
    }
    setBusy(false);
    await session?.check(lang);
  }, [host, session, lang]);

  return { undoable, busy, outcome, apply, undo };
}
