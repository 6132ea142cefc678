import { graphql } from '../../../gql';
import type { StopRowFragment } from '../../../gql/graphql';
import { formatDateTime, humanize } from '../ui/format';

export const STOP_ROW_FRAGMENT = graphql(`
  fragment StopRow on Stop {
    id
    sequence
    type
    name
    address
    latitude
    longitude
    timezone
    reference
    plannedArrival
    plannedWindowEnd
    estimatedArrival
    etaEarliest
    etaLatest
    actualArrival
    actualDeparture
    contactName
    contactEmail
    contactPhone
  }
`);

/** Stops in route order; every time in the stop's own time zone. */
export function StopsTable({ stops }: { stops: StopRowFragment[] }) {
  const ordered = [...stops].sort((a, b) => a.sequence - b.sequence);
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">Stops</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Stop</th>
            <th scope="col">Planned</th>
            <th scope="col">Estimated</th>
            <th scope="col">Actual</th>
            <th scope="col">Contact</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((stop, i) => {
            const tz = stop.timezone;
            return (
              <tr key={stop.id}>
                <td>{i + 1}</td>
                <td>
                  <strong>{humanize(stop.type)}</strong>: {stop.name}
                  {stop.address && <div className="small">{stop.address}</div>}
                  {stop.reference && <div className="small muted">Ref. {stop.reference}</div>}
                  <div className="small muted">{tz}</div>
                </td>
                <td>
                  {formatDateTime(stop.plannedArrival, tz)}
                  {stop.plannedWindowEnd && <div className="small">until {formatDateTime(stop.plannedWindowEnd, tz)}</div>}
                </td>
                <td>
                  {formatDateTime(stop.estimatedArrival, tz)}
                  {!stop.actualArrival && stop.etaEarliest && stop.etaLatest && (
                    <div className="small muted">{`Expected ${formatDateTime(stop.etaEarliest, tz)} – ${formatDateTime(stop.etaLatest, tz)}`}</div>
                  )}
                </td>
                <td>
                  {stop.actualArrival ? `Arrived ${formatDateTime(stop.actualArrival, tz)}` : '—'}
                  {stop.actualDeparture && <div className="small">Left {formatDateTime(stop.actualDeparture, tz)}</div>}
                </td>
                <td>
                  {stop.contactName ?? '—'}
                  {stop.contactEmail && <div className="small">{stop.contactEmail}</div>}
                  {stop.contactPhone && <div className="small">{stop.contactPhone}</div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
