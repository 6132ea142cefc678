export function NotFoundPage() {
  return (
    <main className="page page--centered">
      <h1>Page not found</h1>
      <p>Check the link you followed, or ask the sender for a new one.</p>
    </main>
  );
}
