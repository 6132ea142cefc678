import { useApolloClient } from '@apollo/client/react';
import { clearSessionToken } from '../../auth/session';

export function SignOutButton() {
  const client = useApolloClient();

  function signOut() {
    clearSessionToken();
    // Forget the signed-out user's data without refetching anything.
    void client.clearStore();
  }

  return (
    <button type="button" className="button" onClick={signOut}>
      Sign out
    </button>
  );
}
