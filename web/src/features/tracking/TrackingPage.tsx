// Public tracking page for /t/:token (its own lazy chunk). It must stay independent of the
// admin console: no imports from features/admin, apollo/adminClient or auth/.

/** Placeholder until the public tracking API exists. */
export default function TrackingPage() {
  return (
    <main className="page tracking">
      <h1>Tracking</h1>
      <p role="status">Loading tracking information…</p>
    </main>
  );
}
