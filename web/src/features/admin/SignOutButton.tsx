import { useApolloClient, useMutation } from '@apollo/client/react';
import { sessionEnded } from '../../auth/session';
import { LOGOUT_MUTATION } from './graphql';

export function SignOutButton() {
  const client = useApolloClient();
  const [logout, { loading }] = useMutation(LOGOUT_MUTATION);

  async function signOut() {
    // The server ends the session (its open sockets close) and takes back the cookies; signed
    // out here whatever it answers.
    await logout().catch(() => undefined);
    sessionEnded();
    // Forget the signed-out user's data without refetching anything.
    void client.clearStore();
  }

  return (
    <button type="button" className="button" onClick={() => void signOut()} disabled={loading}>
      Sign out
    </button>
  );
}
