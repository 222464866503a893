// The reading notes with what they need of the engine (the unsure tables, a chosen role made into a
// saved one): only shown after a check, so it loads in a chunk of its own, not with the pane.
import { useMemo } from 'react';
import type { CheckResult } from '../../engine/check';
import { unsureReadings, userRole } from '../../engine/readingNotes';
import type { ColumnOverride, WorkbookSnapshot } from '../../engine/schema';
import type { RoleChoice } from './ColumnRolePicker';
import { ReadingNotes } from './ReadingNotes';

export interface ReadingPanelProps {
  result: CheckResult;
  /** What the check read; without it no role can be set. */
  snapshot: WorkbookSnapshot | null;
  /** The column roles the user set, saved in the workbook. */
  userRoles: ColumnOverride[];
  busy: boolean;
  /** Saves these roles (all of them, replacing the saved ones) and checks again. */
  onSetRoles: (roles: ColumnOverride[]) => void;
  onReset: () => void;
}

export function ReadingPanel({ result, snapshot, userRoles, busy, onSetRoles, onReset }: ReadingPanelProps) {
  const readings = useMemo(() => unsureReadings(result.model), [result]);
  // A column's new role replaces any the user set for it before; the rest stay.
  const choose = (choices: RoleChoice[]) => {
    if (!snapshot) return;
    const made = choices.map((choice) => userRole(snapshot, result.model, choice));
    const kept = userRoles.filter((r) => !made.some((m) => m.sheet === r.sheet && m.column === r.column));
    onSetRoles([...kept, ...made]);
  };
  return <ReadingNotes readings={readings} userRoles={userRoles} busy={busy} onChoose={choose} onReset={onReset} />;
}
