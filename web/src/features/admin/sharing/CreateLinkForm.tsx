import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../apollo/fieldErrors';
import { FormError } from '../ui/QueryStates';
import { CREATE_TRACKING_LINK_MUTATION } from './trackingLinkFragments';

/** "Create tracking link": the default link, or one of a recipient's own (SPEC 2.3). */
export function CreateLinkForm({ consignmentId, onCreated }: { consignmentId: string; onCreated: () => void }) {
  const emailId = useId();
  const [recipientEmail, setRecipientEmail] = useState('');
  const [create, { loading, error }] = useMutation(CREATE_TRACKING_LINK_MUTATION);
  const emailError = fieldErrors(error)['input.recipientEmail'];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const email = recipientEmail.trim();
    try {
      await create({ variables: { consignmentId, input: email ? { recipientEmail: email } : null } });
      setRecipientEmail('');
      onCreated();
    } catch {
      // Shown below from `error`.
    }
  }

  return (
    <form className="create-link" onSubmit={submit}>
      <div className="field">
        <label htmlFor={emailId}>Recipient email (optional)</label>
        <input
          id={emailId}
          type="email"
          value={recipientEmail}
          onChange={(e) => setRecipientEmail(e.target.value)}
          placeholder="Leave empty for the default link"
          aria-invalid={emailError ? true : undefined}
        />
        {emailError && <span className="field__error">{emailError}</span>}
      </div>
      <button type="submit" className="button button--primary" disabled={loading}>
        {loading ? 'Creating…' : 'Create tracking link'}
      </button>
      {!emailError && <FormError error={error} />}
    </form>
  );
}
