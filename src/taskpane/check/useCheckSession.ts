import { useSyncExternalStore } from 'react';
import type { WorkbookHost } from '../../host/workbookHost';
import { INITIAL_CHECK_STATE, sessionFor, type CheckSession, type CheckState } from './session';

const noSubscription = () => () => undefined;
const noHostState = (): CheckState => INITIAL_CHECK_STATE;

/** The shared check session of `host` and its current state; outside Excel (no host) an idle state. */
export function useCheckSession(host: WorkbookHost | null): { session: CheckSession | null; state: CheckState } {
  const session = host ? sessionFor(host) : null;
  const state = useSyncExternalStore(session ? session.subscribe : noSubscription, session ? session.getState : noHostState);
  return { session, state };
}
