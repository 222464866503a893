// "从指标库添加" as a small state machine: choose a sheet, preview the write, apply it through the
// host's plan writer (checked against what was read), undo it.
import { useState } from 'react';
import { placeIndicator } from '../../engine/library';
import type { Change, LibraryIndicator } from '../../engine/schema';
import { copyableProjectSheets } from '../../engine/templates';
import type { WorkbookHost } from '../../host/workbookHost';
import { useLang, useStrings } from '../../i18n';
import { errorText } from '../errorText';

export type AddState =
  | { kind: 'idle' }
  | { kind: 'preview'; changes: Change[] }
  | { kind: 'applied'; cells: string[] }
  | { kind: 'undone' }
  | { kind: 'failed'; text: string };

export function useLibraryAdd(host: WorkbookHost | null) {
  const s = useStrings();
  const lang = useLang();
  const [sheets, setSheets] = useState<string[] | 'loading' | null>(null);
  const [target, setTarget] = useState('');
  const [state, setState] = useState<AddState>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const loadSheets = async () => {
    if (!host || sheets === 'loading') return;
    setSheets('loading');
    try {
      setSheets(copyableProjectSheets(await host.readSnapshot()));
    } catch (error) {
      setSheets(null);
      setState({ kind: 'failed', text: errorText(error, lang, s.libReadFailed) });
    }
  };

  /** Reads the sheet as it is now and shows what adding `indicator` would write. */
  const preview = async (indicator: LibraryIndicator) => {
    if (!host || target === '') return;
    setBusy(true);
    try {
      const sheet = (await host.readSnapshot()).sheets.find((sh) => sh.name === target);
      const placed = sheet ? placeIndicator(sheet, indicator) : null;
      if (!placed) setState({ kind: 'failed', text: s.libReadFailed });
      else if (!placed.ok) setState({ kind: 'failed', text: lang === 'zh' ? placed.zh : placed.en });
      else setState({ kind: 'preview', changes: placed.changes });
    } catch (error) {
      setState({ kind: 'failed', text: errorText(error, lang, s.libReadFailed) });
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!host || state.kind !== 'preview') return;
    setBusy(true);
    try {
      await host.applyPlan(state.changes);
      setState({ kind: 'applied', cells: state.changes.map((c) => c.cell) });
    } catch (error) {
      setState({ kind: 'failed', text: errorText(error, lang, s.libFailed) });
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!host) return;
    setBusy(true);
    try {
      await host.undoPlan();
      setState({ kind: 'undone' });
    } catch (error) {
      setState({ kind: 'failed', text: errorText(error, lang, s.libFailed) });
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => setState({ kind: 'idle' });
  const choose = (sheet: string) => {
    setTarget(sheet);
    setState({ kind: 'idle' });
  };
  return { sheets, target, state, busy, loadSheets, choose, preview, apply, undo, cancel };
}
