import type { checkWorkbook } from '../../engine/check';

let loading: Promise<typeof checkWorkbook> | null = null;

/**
 * The engine (with its schemas and the 指标库) in a chunk of its own: drawing the pane does not need
 * it, only running a check does, so the first load stays small. Fetched when the browser is idle
 * after the first paint (prefetch), so the first check rarely waits; a failed load is tried again.
 */
export function loadCheckEngine(): Promise<typeof checkWorkbook> {
  loading ??= import(/* webpackChunkName: "engine", webpackPrefetch: true */ '../../engine/check').then(
    (engine) => engine.checkWorkbook,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
