import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { readInitialTracking } from './features/tracking/initialTracking';
import { TrackingRoot } from './features/tracking/TrackingRoot';
import { trackingToken } from './features/tracking/trackingToken';
import './styles.css';

// The entry of a server-rendered /t/<token> page (the server writes its HTML with
// tracking.server.tsx): the page is on screen before this runs; this hydrates it and keeps it
// live. It is built on Preact (vite.config.ts, `--mode tracking`), which hydrates the page in
// one short pass; under React (the jsdom tests) it hydrates as a transition.

const container = document.getElementById('root');
const token = trackingToken(window.location.pathname);
const initial = readInitialTracking() ?? undefined;
if (container && token !== null) {
  const app = <TrackingRoot token={token} initial={initial} />;
  if (initial && container.firstChild) {
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    createRoot(container).render(app);
  }
}
