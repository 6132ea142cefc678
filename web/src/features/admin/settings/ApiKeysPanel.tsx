import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { graphql } from '../../../gql';
import { formatDateTime } from '../ui/format';
import { Empty, ErrorState, FormError, Loading } from '../ui/QueryStates';
import { SecretOnce } from './SecretOnce';

const API_KEYS_QUERY = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      prefix
      createdAt
      revokedAt
    }
  }
`);

const CREATE_API_KEY_MUTATION = graphql(`
  mutation CreateApiKey($name: String!) {
    createApiKey(name: $name) {
      key
      apiKey {
        id
      }
    }
  }
`);

const REVOKE_API_KEY_MUTATION = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export function ApiKeysPanel() {
  const nameId = useId();
  const { data, loading, error, refetch } = useQuery(API_KEYS_QUERY);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const [create, creating] = useMutation(CREATE_API_KEY_MUTATION, { refetchQueries: ['ApiKeys'] });
  const [revoke, revokeState] = useMutation(REVOKE_API_KEY_MUTATION);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const { data: created } = await create({ variables: { name: name.trim() } });
      if (created) setSecret(created.createApiKey.key);
      setName('');
    } catch {
      // Shown below.
    }
  }

  return (
    <section className="card panel" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">API keys</h2>
      {loading && <Loading />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.apiKeys.length === 0 && <Empty>No API keys.</Empty>}
      {data && data.apiKeys.length > 0 && (
        <ul className="plain-list">
          {data.apiKeys.map((k) => (
            <li key={k.id}>
              <strong>{k.name}</strong> <code>{k.prefix}…</code>{' '}
              <span className="muted small">created {formatDateTime(k.createdAt)}</span>{' '}
              {k.revokedAt ? (
                <span className="badge badge--revoked">Revoked</span>
              ) : (
                <button type="button" className="button button--small" onClick={() => setRevoking({ id: k.id, name: k.name })}>
                  Revoke<span className="visually-hidden"> {k.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {secret && <SecretOnce label="New API key" secret={secret} onDone={() => setSecret(null)} />}
      <form className="toolbar" onSubmit={submit}>
        <div className="field field--inline">
          <label htmlFor={nameId}>Key name</label>
          <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} required placeholder="e.g. TMS integration" />
        </div>
        <button type="submit" className="button" disabled={creating.loading || !name.trim()}>
          Create API key
        </button>
      </form>
      <FormError error={creating.error ?? revokeState.error} />
      {revoking && (
        <ConfirmDialog
          title={`Revoke API key "${revoking.name}"?`}
          confirmLabel="Revoke key"
          danger
          busy={revokeState.loading}
          onCancel={() => setRevoking(null)}
          onConfirm={() => void revoke({ variables: { id: revoking.id } }).finally(() => setRevoking(null)).catch(() => undefined)}
        >
          <p>Integrations using this key stop working at once. This is permanent.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
