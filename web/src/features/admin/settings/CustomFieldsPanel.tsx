import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../apollo/fieldErrors';
import { graphql } from '../../../gql';
import { Empty, ErrorState, FormError, Loading } from '../ui/QueryStates';
import { TextField } from '../ui/TextField';

const CUSTOM_FIELDS_QUERY = graphql(`
  query CustomFieldDefinitions {
    customFieldDefinitions {
      id
      key
      label
    }
  }
`);

const DEFINE_MUTATION = graphql(`
  mutation DefineCustomField($key: String!, $label: String!) {
    defineCustomField(key: $key, label: $label) {
      id
      key
      label
    }
  }
`);

const DELETE_MUTATION = graphql(`
  mutation DeleteCustomField($key: String!) {
    deleteCustomField(key: $key)
  }
`);

/** The tenant's own consignment fields: a key for integrators, a label for people. */
export function CustomFieldsPanel() {
  const { data, loading, error, refetch } = useQuery(CUSTOM_FIELDS_QUERY);
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');
  const [define, defining] = useMutation(DEFINE_MUTATION, { refetchQueries: ['CustomFieldDefinitions'] });
  const [remove, removing] = useMutation(DELETE_MUTATION, { refetchQueries: ['CustomFieldDefinitions'] });
  const errors = fieldErrors(defining.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await define({ variables: { key: key.trim(), label: label.trim() } });
      setKey('');
      setLabel('');
    } catch {
      // Shown below.
    }
  }

  return (
    <section className="card panel" aria-labelledby="custom-fields-title">
      <h2 id="custom-fields-title">Custom fields</h2>
      {loading && <Loading />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.customFieldDefinitions.length === 0 && <Empty>No custom fields.</Empty>}
      {data && data.customFieldDefinitions.length > 0 && (
        <ul className="plain-list">
          {data.customFieldDefinitions.map((f) => (
            <li key={f.id}>
              <strong>{f.label}</strong> <code>{f.key}</code>{' '}
              <button
                type="button"
                className="button button--small"
                disabled={removing.loading}
                onClick={() => void remove({ variables: { key: f.key } }).catch(() => undefined)}
              >
                Delete<span className="visually-hidden"> {f.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit}>
        <div className="grid grid--2">
          <TextField label="Key" value={key} onChange={setKey} error={errors['key']} hint="e.g. seal_number" required />
          <TextField label="Label" value={label} onChange={setLabel} error={errors['label']} hint="Existing key: relabels it" required />
        </div>
        {Object.keys(errors).length === 0 && <FormError error={defining.error ?? removing.error} />}
        <button type="submit" className="button" disabled={defining.loading || !key.trim() || !label.trim()}>
          Save field
        </button>
      </form>
    </section>
  );
}
