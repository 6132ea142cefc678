import type { ConsignmentQuery } from '../../../gql/graphql';
import { formatDateTime, humanize } from '../ui/format';
import { Empty } from '../ui/QueryStates';

type Consignment = NonNullable<ConsignmentQuery['consignment']>;

export function CargoTable({ cargo }: { cargo: Consignment['cargo'] }) {
  if (cargo.length === 0) return <Empty>No cargo lines.</Empty>;
  return (
    <table className="table">
      <caption className="visually-hidden">Cargo</caption>
      <thead>
        <tr>
          <th scope="col">Description</th>
          <th scope="col">Quantity</th>
          <th scope="col">Packaging</th>
          <th scope="col">Weight</th>
        </tr>
      </thead>
      <tbody>
        {cargo.map((line) => (
          <tr key={line.id}>
            <td>{line.description}</td>
            <td>{line.quantity}</td>
            <td>{humanize(line.packagingType)}</td>
            <td>{line.weightKg != null ? `${line.weightKg.toLocaleString()} kg` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PalletScansTable({ scans }: { scans: Consignment['palletScans'] }) {
  if (scans.length === 0) return <Empty>No pallet scans yet.</Empty>;
  const ordered = [...scans].sort((a, b) => Date.parse(b.scannedAt) - Date.parse(a.scannedAt));
  return (
    <table className="table">
      <caption className="visually-hidden">Pallet scans</caption>
      <thead>
        <tr>
          <th scope="col">Scanned</th>
          <th scope="col">Pallet</th>
          <th scope="col">Event</th>
          <th scope="col">Position</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((scan) => (
          <tr key={scan.id}>
            <td>{formatDateTime(scan.scannedAt)}</td>
            <td>{scan.palletBarcode}</td>
            <td>{humanize(scan.event)}</td>
            <td>{scan.latitude != null && scan.longitude != null ? `${scan.latitude.toFixed(4)}, ${scan.longitude.toFixed(4)}` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
