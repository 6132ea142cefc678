export function PageLoading() {
  return (
    <main className="page page--centered">
      <p role="status">Loading…</p>
    </main>
  );
}
