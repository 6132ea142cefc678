import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import { Empty, ErrorState, FormError, Loading } from '../ui/QueryStates';
import { TextField } from '../ui/TextField';
import { SecretOnce } from './SecretOnce';

const DRIVERS_QUERY = graphql(`
  query SettingsDrivers {
    drivers {
      id
      name
      phone
      vehiclePlate
    }
  }
`);

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
            </li>
          ))}
        </ul>
      )}
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
