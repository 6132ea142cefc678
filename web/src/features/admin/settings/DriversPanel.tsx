import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import { Empty, ErrorState, FormError, Loading } from '../ui/QueryStates';
import { TextField } from '../ui/TextField';
import { SecretOnce } from './SecretOnce';
import { CopyButton } from '../../../components/CopyButton';

export const DRIVERS_QUERY = graphql(`
  query SettingsDrivers {
    drivers {
      id
      name
      phone
      vehiclePlate
      deviceKeyCreatedAt
      deviceAppUrl
    }
  }
`);

export const CREATE_DEVICE_KEY_MUTATION = graphql(`
  mutation CreateDriverDeviceKey($driverId: ID!) {
    createDriverDeviceKey(driverId: $driverId) {
      deviceKey
      url
      driver {
        id
        deviceKeyCreatedAt
      }
    }
  }
`);

export const REVOKE_DEVICE_KEY_MUTATION = graphql(`
  mutation RevokeDriverDeviceKey($driverId: ID!) {
    revokeDriverDeviceKey(driverId: $driverId) {
      id
      deviceKeyCreatedAt
    }
  }
`);

/**
 * What to type into Traccar Client (Settings: "Server URL", "Device identifier") or OsmAnd
 * (online tracking: the URL with ?id=<identifier>): shown once, when the key is made.
 */
function DeviceAppSetup({ driverName, url, deviceKey, onDone }: { driverName: string; url: string; deviceKey: string; onDone: () => void }) {
  return (
    <div className="secret" role="region" aria-label={`Driver app setup for ${driverName}`}>
      <p>
        <strong>Traccar Client or OsmAnd for {driverName}</strong>: type these into the app. The identifier is shown only once; a new one
        replaces it.
      </p>
      <dl>
        <dt>Server URL</dt>
        <dd>
          <code className="secret__value">{url}</code> <CopyButton text={url} label="Copy" ariaLabel="Copy server URL" />
        </dd>
        <dt>Device identifier</dt>
        <dd>
          <code className="secret__value">{deviceKey}</code> <CopyButton text={deviceKey} label="Copy" ariaLabel="Copy device identifier" />
        </dd>
      </dl>
      <button type="button" className="button button--link" onClick={onDone}>
        Done
      </button>
    </div>
  );
}

const CREATE_DRIVER_MUTATION = graphql(`
  mutation CreateDriver($input: CreateDriverInput!) {
    createDriver(input: $input) {
      token
      driver {
        id
        name
      }
    }
  }
`);

export function DriversPanel() {
  const { data, loading, error, refetch } = useQuery(DRIVERS_QUERY);
  const [form, setForm] = useState({ name: '', phone: '', vehiclePlate: '' });
  const [token, setToken] = useState<string | null>(null);
  const [create, creating] = useMutation(CREATE_DRIVER_MUTATION, { refetchQueries: ['SettingsDrivers', 'DriverChoices'] });
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const [setup, setSetup] = useState<{ driverName: string; url: string; deviceKey: string } | null>(null);
  const [createKey, creatingKey] = useMutation(CREATE_DEVICE_KEY_MUTATION);
  const [revokeKey, revokingKey] = useMutation(REVOKE_DEVICE_KEY_MUTATION);

  async function newDeviceKey(driverId: string, driverName: string) {
    try {
      const { data: made } = await createKey({ variables: { driverId } });
      if (made) setSetup({ driverName, url: made.createDriverDeviceKey.url, deviceKey: made.createDriverDeviceKey.deviceKey });
    } catch {
      // Shown below.
    }
  }

  async function revoke(driverId: string) {
    try {
      await revokeKey({ variables: { driverId } });
    } catch {
      // Shown below.
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const { data: created } = await create({
        variables: { input: { name: form.name.trim(), phone: form.phone.trim() || null, vehiclePlate: form.vehiclePlate.trim() || null } },
      });
      if (created) setToken(created.createDriver.token);
      setForm({ name: '', phone: '', vehiclePlate: '' });
    } catch {
      // Shown below.
    }
  }

  return (
    <section className="card panel" aria-labelledby="drivers-title">
      <h2 id="drivers-title">Drivers</h2>
      {loading && <Loading />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.drivers.length === 0 && <Empty>No drivers.</Empty>}
      {data && data.drivers.length > 0 && (
        <ul className="plain-list">
          {data.drivers.map((d) => (
            <li key={d.id}>
              <strong>{d.name}</strong>
              {d.vehiclePlate && ` · ${d.vehiclePlate}`}
              {d.phone && <span className="muted small"> · {d.phone}</span>}
              <span className="muted small">
                {' · '}
                {d.deviceKeyCreatedAt ? `Traccar Client / OsmAnd key since ${new Date(d.deviceKeyCreatedAt).toLocaleDateString()}` : 'No Traccar Client / OsmAnd key'}
              </span>{' '}
              <button type="button" className="button button--link" disabled={creatingKey.loading} onClick={() => void newDeviceKey(d.id, d.name)}>
                {d.deviceKeyCreatedAt ? 'New device key' : 'Connect Traccar Client'}
              </button>
              {d.deviceKeyCreatedAt && (
                <button type="button" className="button button--link" disabled={revokingKey.loading} onClick={() => void revoke(d.id)}>
                  Revoke device key
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {data && data.drivers.length > 0 && (
        <p className="muted small">
          Drivers can also report with Traccar Client or OsmAnd: server URL <code>{data.drivers[0].deviceAppUrl}</code>, and each driver's own
          device identifier.
        </p>
      )}
      <FormError error={creatingKey.error ?? revokingKey.error} />
      {setup && <DeviceAppSetup {...setup} onDone={() => setSetup(null)} />}
      {token && <SecretOnce label="Driver app token" secret={token} onDone={() => setToken(null)} />}
      <form className="form" onSubmit={submit}>
        <div className="grid grid--3">
          <TextField label="Driver name" value={form.name} onChange={set('name')} required />
          <TextField label="Phone" type="tel" value={form.phone} onChange={set('phone')} />
          <TextField label="Vehicle plate" value={form.vehiclePlate} onChange={set('vehiclePlate')} />
        </div>
        <FormError error={creating.error} />
        <button type="submit" className="button" disabled={creating.loading || !form.name.trim()}>
          Add driver
        </button>
      </form>
    </section>
  );
}
