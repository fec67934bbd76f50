import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { markOwnHash } from './preferred-lang.ts';
import { formatHash, parseHash, type UrlState } from './url-state.ts';

/** Views subscribed to the hash; told at once when the app writes it (the browser's hashchange comes a task later). */
const listeners = new Set<() => void>();

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('hashchange', onChange);
  };
}

/**
 * Re-render from the new hash inside the same event: a controlled checkbox whose state lives in the hash would
 * otherwise be put back to its old state by React until the asynchronous hashchange arrives (a click that seems
 * not to take, and a flaky `page.check`).
 */
function notify() {
  for (const l of listeners) l();
}

const snapshot = () => window.location.hash;

/** The raw hash, for checks that need the link as written (linkProblems). */
export function useHash(): string {
  return useSyncExternalStore(subscribe, snapshot);
}

/** View state read from and written to the URL hash; back/forward work because every change is a history entry. */
export function useUrlState(): [UrlState, (next: Partial<UrlState>, opts?: { replace?: boolean }) => void] {
  const hash = useSyncExternalStore(subscribe, snapshot);
  const state = useMemo(() => parseHash(hash), [hash]);
  const update = useCallback((next: Partial<UrlState>, opts?: { replace?: boolean }) => {
    const merged = { ...parseHash(window.location.hash), ...next };
    const target = formatHash(merged);
    if (target === window.location.hash) return;
    if (opts?.replace) {
      history.replaceState(null, '', target);
      markOwnHash(window.location.hash);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = target;
      markOwnHash(window.location.hash);
      notify();
    }
  }, []);
  return [state, update];
}
