import { createContext, useContext, useEffect, useState } from 'react';

/**
 * While a server-rendered page hydrates: the time the server rendered it at, so that "3 minutes
 * ago" reads as in the markup. TrackingPage clears it once hydrated; later components start
 * from the browser's clock.
 */
export const RenderTimeContext = createContext<{ current: number | null }>({ current: null });

/** The current time, refreshed every `intervalMs`, for "3 minutes ago" labels. */
export function useNow(intervalMs: number): number {
  const renderTime = useContext(RenderTimeContext);
  const [now, setNow] = useState(() => renderTime.current ?? Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
