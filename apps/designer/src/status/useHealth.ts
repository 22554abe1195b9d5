import { useCallback, useEffect, useState } from 'react';
import { type Health, fetchHealth } from './fetch-health';

export type HealthState =
  { kind: 'loading' } | { kind: 'loaded'; health: Health } | { kind: 'failed'; message: string };

/** The server's health, fetched on mount and on `refresh()`. */
export function useHealth(): { state: HealthState; refresh: () => void } {
  const [state, setState] = useState<HealthState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    fetchHealth(controller.signal).then(
      (health) => setState({ kind: 'loaded', health }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: 'failed', message: String(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);
  const refresh = useCallback(() => setAttempt((value) => value + 1), []);
  return { state, refresh };
}
