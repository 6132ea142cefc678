import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import type { ConsignmentQuery, NoteScope } from '../../../gql/graphql';
import { formatDateTime } from '../ui/format';
import { Empty, FormError } from '../ui/QueryStates';

const ADD_NOTE_MUTATION = graphql(`
  mutation AddConsignmentNote($consignmentId: ID!, $input: NoteInput!) {
    addConsignmentNote(consignmentId: $consignmentId, input: $input) {
      id
      scope
      text
      createdAt
    }
  }
`);

type Notes = NonNullable<ConsignmentQuery['consignment']>['notes'];

/** Internal notes stay with staff; customer notes can appear on the public page. */
export function NotesPanel({ consignmentId, notes, onAdded }: { consignmentId: string; notes: Notes; onAdded: () => void }) {
  const textId = useId();
  const [text, setText] = useState('');
  const [scope, setScope] = useState<NoteScope>('INTERNAL');
  const [addNote, { loading, error }] = useMutation(ADD_NOTE_MUTATION);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      await addNote({ variables: { consignmentId, input: { scope, text: text.trim() } } });
      setText('');
      onAdded();
    } catch {
      // Shown from `error`.
    }
  }

  return (
    <section className="card panel" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      {notes.length === 0 ? (
        <Empty>No notes yet.</Empty>
      ) : (
        <ul className="notes">
          {notes.map((note) => (
            <li key={note.id} className={`note note--${note.scope.toLowerCase()}`}>
              <span className="badge">{note.scope === 'CUSTOMER' ? 'Customer' : 'Internal'}</span>{' '}
              <time className="muted small" dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
              <p>{note.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={textId}>New note</label>
          <textarea id={textId} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <fieldset className="inline-radios">
          <legend>Visible to</legend>
          <label className="check">
            <input type="radio" name={`${textId}-scope`} checked={scope === 'INTERNAL'} onChange={() => setScope('INTERNAL')} />
            Staff only (internal)
          </label>
          <label className="check">
            <input type="radio" name={`${textId}-scope`} checked={scope === 'CUSTOMER'} onChange={() => setScope('CUSTOMER')} />
            Customer
          </label>
        </fieldset>
        <FormError error={error} />
        <button type="submit" className="button" disabled={loading || !text.trim()}>
          Add note
        </button>
      </form>
    </section>
  );
}
