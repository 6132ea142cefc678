import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { errorMessage } from '../../apollo/errors';
import { sessionStarted } from '../../auth/session';
import { useSignedIn } from '../../auth/useSignedIn';
import { LOGIN_MUTATION } from './graphql';

/** Where to go after signing in: the admin page that sent us here, or the admin home. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/admin') && from !== '/admin/login'
    ? from
    : '/admin';
}

export function LoginPage() {
  const signedIn = useSignedIn();
  const location = useLocation();
  const client = useApolloClient();
  const [login, { loading, error }] = useMutation(LOGIN_MUTATION);
  const emailId = useId();
  const passwordId = useId();

  if (signedIn) {
    return <Navigate to={returnPath(location.state)} replace />;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    try {
      const { data } = await login({ variables: { email, password } });
      if (!data) return;
      // Drop anything cached for a previous user before the new session starts (its cookies
      // came with the answer).
      await client.clearStore();
      sessionStarted();
    } catch {
      // The failure is shown from the hook's `error`.
    }
  }

  return (
    <section className="card" aria-labelledby="login-title">
      <h1 id="login-title">Sign in</h1>
      <form className="form" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor={emailId}>Email</label>
          <input id={emailId} name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor={passwordId}>Password</label>
          <input
            id={passwordId}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        {error && (
          <p role="alert" className="form__error">
            {errorMessage(error)}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}
