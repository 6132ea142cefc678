import { Link } from 'react-router-dom';
import type { ConsignmentRowFragment } from '../../../gql/graphql';
import { formatDateTime } from '../ui/format';
import { StatusBadge } from '../ui/StatusBadge';
import { ConfirmDelivery } from '../consignment/ConfirmDelivery';

export interface ConsignmentsTableProps {
  rows: ConsignmentRowFragment[];
  selectedOrders: ReadonlySet<string>;
  onToggleOrder: (orderId: string, selected: boolean) => void;
}

/** One row per consignment; the checkbox selects its order (for "Recalculate tasks"). */
export function ConsignmentsTable({ rows, selectedOrders, onToggleOrder }: ConsignmentsTableProps) {
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Select order</span>
            </th>
            <th scope="col">Reference</th>
            <th scope="col">Order</th>
            <th scope="col">Customer</th>
            <th scope="col">Status</th>
            <th scope="col">Route</th>
            <th scope="col">Links</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const pickup = c.stops.find((s) => s.type === 'PICKUP');
            const delivery = [...c.stops].reverse().find((s) => s.type === 'DELIVERY');
            const activeLinks = c.trackingLinks.filter((l) => l.status === 'ACTIVE').length;
            const ahead = c.stops.filter((s) => !s.actualArrival);
            const late = ahead.find((s) => s.lateByMinutes != null);
            const recovered = !late && ahead.some((s) => s.lateEpisodes > 0);
            return (
              <tr key={c.id}>
                <td>
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={selectedOrders.has(c.order.id)}
                    onChange={(e) => onToggleOrder(c.order.id, e.target.checked)}
                    aria-label={`Select order ${c.order.reference}`}
                  />
                </td>
                <td>
                  <Link to={`/admin/consignments/${c.id}`}>{c.reference}</Link>
                  {c.customerReference && <div className="muted small">{c.customerReference}</div>}
                </td>
                <td>{c.order.reference}</td>
                <td>{c.order.customer?.name ?? '—'}</td>
                <td>
                  <StatusBadge status={c.status} />
                  {late && <div className="small late">{`Running late by ~${late.lateByMinutes} min (${late.name})`}</div>}
                  {recovered && <div className="small muted">Back on schedule</div>}
                  <ConfirmDelivery consignmentId={c.id} detectedAt={c.deliveryDetectedAt ?? null} compact />
                </td>
                <td>{pickup && delivery ? `${pickup.name} → ${delivery.name}` : '—'}</td>
                <td>{activeLinks > 0 ? `${activeLinks} active` : 'None'}</td>
                <td>{formatDateTime(c.updatedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
