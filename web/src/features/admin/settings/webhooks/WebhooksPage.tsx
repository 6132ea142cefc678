import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import type { WebhookEventType, WebhookEndpointsQuery } from '../../../../gql/graphql';
import { formatDateTime } from '../../ui/format';
import { Empty, ErrorState, FormError, Loading } from '../../ui/QueryStates';
import { SecretOnce } from '../SecretOnce';
import { DeliveryLog } from './DeliveryLog';
import './webhooks.css';
import { EVENT_TYPES, wireName } from './eventTypes';
import {
  CREATE_WEBHOOK_ENDPOINT,
  DELETE_WEBHOOK_ENDPOINT,
  ROTATE_WEBHOOK_SECRET,
  SEND_TEST_WEBHOOK,
  UPDATE_WEBHOOK_ENDPOINT,
  WEBHOOK_ENDPOINTS_QUERY,
} from './webhookQueries';

type Endpoint = WebhookEndpointsQuery['webhookEndpoints'][number];

/** Settings › Webhooks (super admins): endpoints, their secrets, test events and delivery logs. */
export function WebhooksPage() {
  const { data, loading, error, refetch } = useQuery(WEBHOOK_ENDPOINTS_QUERY);
  const [secret, setSecret] = useState<{ label: string; value: string } | null>(null);
  return (
    <section aria-labelledby="webhooks-title">
      <h1 id="webhooks-title">Settings › Webhooks</h1>
      <p className="muted">
        Tracklink POSTs each event to your endpoints, signed per the Standard Webhooks specification (headers <code>webhook-id</code>,{' '}
        <code>webhook-timestamp</code>, <code>webhook-signature</code>). A 2xx within 10 seconds counts as delivered; anything else is retried for 24 hours.
        Events of one consignment arrive in the order they happened.
      </p>
      {secret && <SecretOnce label={secret.label} secret={secret.value} onDone={() => setSecret(null)} />}
      {loading && <Loading />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.webhookEndpoints.length === 0 && <Empty>No webhook endpoints yet.</Empty>}
      {data?.webhookEndpoints.map((e) => (
        <EndpointCard key={e.id} endpoint={e} onSecret={(value) => setSecret({ label: `New signing secret for ${e.url}`, value })} />
      ))}
      <NewEndpointForm onCreated={(value) => setSecret({ label: 'Signing secret of the new endpoint', value })} />
    </section>
  );
}

function EventTypeChoices({ value, onChange }: { value: WebhookEventType[]; onChange: (v: WebhookEventType[]) => void }) {
  return (
    <fieldset className="webhook-events">
      <legend>Events</legend>
      {EVENT_TYPES.map((t) => (
        <label key={t.value} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(t.value)}
            onChange={(e) => onChange(e.target.checked ? [...value, t.value] : value.filter((v) => v !== t.value))}
          />{' '}
          <code>{t.wire}</code>
        </label>
      ))}
    </fieldset>
  );
}

function NewEndpointForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const urlId = useId();
  const descriptionId = useId();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [eventTypes, setEventTypes] = useState<WebhookEventType[]>(EVENT_TYPES.map((t) => t.value));
  const [internal, setInternal] = useState(false);
  const [create, creating] = useMutation(CREATE_WEBHOOK_ENDPOINT, { refetchQueries: ['WebhookEndpoints'] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const { data } = await create({ variables: { input: { url: url.trim(), description: description.trim() || null, eventTypes, internal } } });
      if (data) onCreated(data.createWebhookEndpoint.secret);
      setUrl('');
      setDescription('');
    } catch {
      // Shown below.
    }
  }

  return (
    <form className="card panel" onSubmit={submit} aria-labelledby="new-webhook-title">
      <h2 id="new-webhook-title">Add an endpoint</h2>
      <div className="field">
        <label htmlFor={urlId}>URL</label>
        <input id={urlId} type="url" value={url} onChange={(e) => setUrl(e.target.value)} required placeholder="https://tms.example.com/tracklink" />
      </div>
      <div className="field">
        <label htmlFor={descriptionId}>Description</label>
        <input id={descriptionId} value={description} onChange={(e) => setDescription(e.target.value)} placeholder="e.g. Our TMS" />
      </div>
      <EventTypeChoices value={eventTypes} onChange={setEventTypes} />
      <label className="checkbox">
        <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} /> Internal system: also send price and cost
      </label>
      <div className="toolbar">
        <button type="submit" className="button" disabled={creating.loading || !url.trim() || !eventTypes.length}>
          Add endpoint
        </button>
      </div>
      <FormError error={creating.error} />
    </form>
  );
}

function EndpointCard({ endpoint: e, onSecret }: { endpoint: Endpoint; onSecret: (secret: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [eventTypes, setEventTypes] = useState<WebhookEventType[]>(e.eventTypes);
  const [showLog, setShowLog] = useState(false);
  const [confirm, setConfirm] = useState<'delete' | 'rotate' | null>(null);
  const [update, updating] = useMutation(UPDATE_WEBHOOK_ENDPOINT);
  const [remove, removing] = useMutation(DELETE_WEBHOOK_ENDPOINT, { refetchQueries: ['WebhookEndpoints'] });
  const [rotate, rotating] = useMutation(ROTATE_WEBHOOK_SECRET, { refetchQueries: ['WebhookEndpoints'] });
  const [sendTest, testing] = useMutation(SEND_TEST_WEBHOOK, { refetchQueries: ['WebhookDeliveries'] });
  const [tested, setTested] = useState(false);
  const titleId = useId();

  return (
    <article className="card panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="webhook__url">
        <code>{e.url}</code> {e.enabled ? <span className="badge badge--active">On</span> : <span className="badge badge--revoked">Off</span>}
        {e.internal && <span className="badge">Internal</span>}
      </h2>
      {e.description && <p>{e.description}</p>}
      {e.disabledReason && (
        <p role="alert" className="form__error">
          Turned off by Tracklink {formatDateTime(e.disabledAt)}: {e.disabledReason}. Fix the receiver, then turn it on again.
        </p>
      )}
      {e.previousSecretExpiresAt && new Date(e.previousSecretExpiresAt) > new Date() && (
        <p className="muted small">Deliveries are also signed with the previous secret until {formatDateTime(e.previousSecretExpiresAt)}.</p>
      )}
      {editing ? (
        <>
          <EventTypeChoices value={eventTypes} onChange={setEventTypes} />
          <div className="toolbar">
            <button
              type="button"
              className="button"
              disabled={updating.loading || !eventTypes.length}
              onClick={() => void update({ variables: { id: e.id, input: { eventTypes } } }).then(() => setEditing(false)).catch(() => undefined)}
            >
              Save events
            </button>
            <button type="button" className="button button--link" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <p className="small">
          Events: {e.eventTypes.map((t) => <code key={t}>{wireName(t)} </code>)}
        </p>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="button button--small"
          disabled={updating.loading}
          onClick={() => void update({ variables: { id: e.id, input: { enabled: !e.enabled } } }).catch(() => undefined)}
        >
          {e.enabled ? 'Turn off' : 'Turn on'}
        </button>
        {!editing && (
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            Choose events
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          disabled={testing.loading || !e.enabled}
          onClick={() => void sendTest({ variables: { endpointId: e.id } }).then(() => setTested(true)).catch(() => undefined)}
        >
          Send test event
        </button>
        <button type="button" className="button button--small" onClick={() => setConfirm('rotate')}>
          Rotate secret
        </button>
        <button type="button" className="button button--small" aria-expanded={showLog} onClick={() => setShowLog(!showLog)}>
          {showLog ? 'Hide deliveries' : 'Deliveries'}
        </button>
        <button type="button" className="button button--small button--danger" onClick={() => setConfirm('delete')}>
          Delete
        </button>
      </div>
      {tested && <p role="status" className="muted small">A test event is on its way.</p>}
      <FormError error={updating.error ?? testing.error ?? rotating.error ?? removing.error} />
      {showLog && <DeliveryLog endpointId={e.id} />}
      {confirm === 'rotate' && (
        <ConfirmDialog
          title="Rotate the signing secret?"
          confirmLabel="Rotate secret"
          busy={rotating.loading}
          onCancel={() => setConfirm(null)}
          onConfirm={() =>
            void rotate({ variables: { id: e.id } })
              .then(({ data }) => data && onSecret(data.rotateWebhookSecret.secret))
              .finally(() => setConfirm(null))
              .catch(() => undefined)
          }
        >
          <p>A new secret is shown once. For 24 hours deliveries carry signatures with both, so your receiver can switch over without missing any.</p>
        </ConfirmDialog>
      )}
      {confirm === 'delete' && (
        <ConfirmDialog
          title={`Delete the endpoint ${e.url}?`}
          confirmLabel="Delete endpoint"
          danger
          busy={removing.loading}
          onCancel={() => setConfirm(null)}
          onConfirm={() => void remove({ variables: { id: e.id } }).finally(() => setConfirm(null)).catch(() => undefined)}
        >
          <p>Nothing more is sent to it, and its delivery log goes with it.</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
