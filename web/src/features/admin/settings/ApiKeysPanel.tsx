import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { graphql } from '../../../gql';
import { formatDateTime } from '../ui/format';
import { Empty, ErrorState, FormError, Loading } from '../ui/QueryStates';
import { SecretOnce } from './SecretOnce';

const API_KEYS_QUERY = graphql(`
  query ApiKeys($after: String) {
    apiKeysConnection(first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          prefix
          createdAt
          revokedAt
          expiresAt
          lastUsedAt
        }
      }
    }
  }
`);

const CREATE_API_KEY_MUTATION = graphql(`
  mutation CreateApiKey($name: String!, $expiresAt: DateTimeISO) {
    createApiKey(name: $name, expiresAt: $expiresAt) {
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

/** A key whose expiry has passed works no more, like a revoked one. */
function expired(expiresAt: string | null | undefined): boolean {
  return Boolean(expiresAt && new Date(expiresAt).getTime() <= Date.now());
}

/** The end of the chosen day, in the browser's time zone. */
function endOfDay(date: string): string | null {
  return date ? new Date(`${date}T23:59:59`).toISOString() : null;
}

export function ApiKeysPanel() {
  const nameId = useId();
  const expiryId = useId();
  const [expiry, setExpiry] = useState('');
  const { data, loading, error, refetch, fetchMore } = useQuery(API_KEYS_QUERY, { notifyOnNetworkStatusChange: true });
  const page = data?.apiKeysConnection;
  const keys = page?.edges.map((e) => e.node) ?? [];
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const [create, creating] = useMutation(CREATE_API_KEY_MUTATION, { refetchQueries: ['ApiKeys'] });
  const [revoke, revokeState] = useMutation(REVOKE_API_KEY_MUTATION);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const { data: created } = await create({ variables: { name: name.trim(), expiresAt: endOfDay(expiry) } });
      if (created) setSecret(created.createApiKey.key);
      setName('');
      setExpiry('');
    } catch {
      // Shown below.
    }
  }

  return (
    <section className="card panel" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">API keys</h2>
      {loading && <Loading />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {page && keys.length === 0 && <Empty>No API keys.</Empty>}
      {keys.length > 0 && (
        <ul className="plain-list">
          {keys.map((k) => (
            <li key={k.id}>
              <strong>{k.name}</strong> <code>{k.prefix}…</code>{' '}
              <span className="muted small">created {formatDateTime(k.createdAt)}</span>{' '}
              <span className="muted small">
                · {k.expiresAt ? `${expired(k.expiresAt) ? 'expired' : 'expires'} ${formatDateTime(k.expiresAt)}` : 'no expiry'}
              </span>{' '}
              <span className="muted small">· {k.lastUsedAt ? `last used ${formatDateTime(k.lastUsedAt)}` : 'never used'}</span>{' '}
              {k.revokedAt ? (
                <span className="badge badge--revoked">Revoked</span>
              ) : expired(k.expiresAt) ? (
                <span className="badge badge--revoked">Expired</span>
              ) : (
                <button type="button" className="button button--small" onClick={() => setRevoking({ id: k.id, name: k.name })}>
                  Revoke<span className="visually-hidden"> {k.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {page?.pageInfo.hasNextPage && (
        <button type="button" className="button button--small" disabled={loading} onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
          Load more
        </button>
      )}
      {secret && <SecretOnce label="New API key" secret={secret} onDone={() => setSecret(null)} />}
      <form className="toolbar" onSubmit={submit}>
        <div className="field field--inline">
          <label htmlFor={nameId}>Key name</label>
          <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} required placeholder="e.g. TMS integration" />
        </div>
        <div className="field field--inline">
          <label htmlFor={expiryId}>Expires (optional)</label>
          <input id={expiryId} type="date" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
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
