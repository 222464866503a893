import { useCallback, useEffect, useState } from 'react';
import type { Change } from '../../engine/schema';
import type { WorkbookHost } from '../../host/workbookHost';
import type { Lang } from '../../i18n';
import type { CheckSession } from '../check/session';

/** What the last apply or undo came to, for the message bar. */
export type PlanOutcome =
  | { kind: 'applied'; written: number }
  /** The cells are written, but the host could not keep the undo record. */
  | { kind: 'appliedNoUndo'; written: number }
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
        setOutcome({ kind: can ? 'applied' : 'appliedNoUndo', written });
        setUndoable(can);
      } catch (error) {
        setOutcome({ kind: 'applyFailed', error });
        setBusy(false);
        return;
      }
      setBusy(false);
      await session?.check(lang);
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
