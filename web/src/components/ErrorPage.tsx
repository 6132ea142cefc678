/** A full-page "something went wrong" with a reload button; texts can be translated by the caller. */
export function ErrorPage({
  title = 'Something went wrong',
  body = 'This page could not be shown.',
  reload = 'Reload page',
}: {
  title?: string;
  body?: string;
  reload?: string;
}) {
  return (
    <main className="page page--centered">
      <h1>{title}</h1>
      <p role="alert">{body}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {reload}
      </button>
    </main>
  );
}
