import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../../gql';
import type { ConsignmentQuery } from '../../../gql/graphql';
import { formatDateTime } from '../ui/format';
import { FormError } from '../ui/QueryStates';

const DRIVERS_QUERY = graphql(`
  query DriverChoices {
    drivers {
      id
      name
      vehiclePlate
    }
  }
`);

const ASSIGN_DRIVER_MUTATION = graphql(`
  mutation AssignDriver($consignmentId: ID!, $driverId: ID!) {
    assignDriver(consignmentId: $consignmentId, driverId: $driverId) {
      id
      ...ConsignmentDriver
    }
  }
`);

type Consignment = NonNullable<ConsignmentQuery['consignment']>;

/** The assigned driver, their latest position time, and a picker to (re)assign. */
export function DriverPanel({ consignment, lastSeen }: { consignment: Consignment; lastSeen: string | null }) {
  const selectId = useId();
  const drivers = useQuery(DRIVERS_QUERY);
  const [choice, setChoice] = useState('');
  const [assign, { loading, error }] = useMutation(ASSIGN_DRIVER_MUTATION);
  const driver = consignment.driver;

  return (
    <section className="card panel" aria-labelledby="driver-title">
      <h2 id="driver-title">Driver</h2>
      {driver ? (
        <dl className="facts">
          <div><dt>Name</dt><dd>{driver.name}</dd></div>
          {driver.phone && <div><dt>Phone</dt><dd>{driver.phone}</dd></div>}
          <div><dt>Vehicle</dt><dd>{consignment.vehiclePlate ?? driver.vehiclePlate ?? '—'}</dd></div>
          <div><dt>Last position</dt><dd>{lastSeen ? formatDateTime(lastSeen) : 'None yet'}</dd></div>
        </dl>
      ) : (
        <p className="muted">No driver assigned.</p>
      )}
      <div className="toolbar">
        <div className="field field--inline">
          <label htmlFor={selectId}>{driver ? 'Reassign to' : 'Assign to'}</label>
          <select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)} disabled={drivers.loading}>
            <option value="">{drivers.loading ? 'Loading drivers…' : 'Choose a driver'}</option>
            {drivers.data?.drivers.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
                {d.vehiclePlate ? ` (${d.vehiclePlate})` : ''}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button"
          disabled={!choice || loading}
          onClick={() => void assign({ variables: { consignmentId: consignment.id, driverId: choice } }).then(() => setChoice(''), () => undefined)}
        >
          Assign
        </button>
      </div>
      <FormError error={error ?? drivers.error} />
    </section>
  );
}
