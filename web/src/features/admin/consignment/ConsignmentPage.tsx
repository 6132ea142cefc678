import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { OrderLinkPanel } from '../orders/OrderLinkPanel';
import { SharingPanel } from '../sharing/SharingPanel';
import { formatDateTime } from '../ui/format';
import { Empty, ErrorState, Loading } from '../ui/QueryStates';
import { CargoTable, PalletScansTable } from './CargoAndScans';
import { CONSIGNMENT_QUERY } from './consignmentQuery';
import { ConsignmentMap } from './ConsignmentMap';
import { DriverPanel } from './DriverPanel';
import { NotesPanel } from './NotesPanel';
import { PhotosPanel } from './PhotosPanel';
import { DeliveryInstructions, RecipientRatings } from './RecipientFeedbackPanel';
import { ConfirmDelivery } from './ConfirmDelivery';
import { StatusActions } from './StatusActions';
import { StopsTable } from './StopsTable';
import { ProofOfDeliveryPanel } from './ProofOfDeliveryPanel';
import { useLiveConsignment } from './useLiveConsignment';

export function ConsignmentPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CONSIGNMENT_QUERY, { variables: { id } });
  const [deleted, setDeleted] = useState(false);
  const consignment = data?.consignment ?? null;
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const onChanged = useCallback(
    (wasDeleted: boolean) => (wasDeleted ? setDeleted(true) : reload()),
    [reload],
  );
  const { livePosition } = useLiveConsignment(id, consignment?.driver?.id ?? null, onChanged);

  const back = (
    <p>
      <Link to="/admin/consignments">← Consignments</Link>
    </p>
  );
  if (loading && !consignment) return <Loading>Loading consignment…</Loading>;
  if (error && !consignment) return <>{back}<ErrorState error={error} onRetry={reload} /></>;
  if (deleted || !consignment) return <>{back}<Empty>This consignment does not exist (any more).</Empty></>;

  const position = livePosition ?? consignment.driverPosition ?? null;
  const customerPhotos = consignment.photos.filter((p) => p.customerVisible);

  return (
    <article aria-labelledby="consignment-title" className="consignment">
      {back}
      <div className="page-header">
        <h1 id="consignment-title">Consignment {consignment.reference}</h1>
        <span className="muted">Updated {formatDateTime(consignment.updatedAt)}</span>
      </div>
      <DeliveryInstructions feedback={consignment.recipientFeedback} />
      <StatusActions consignmentId={consignment.id} status={consignment.status} next={consignment.allowedNextStatuses} />
      <ConfirmDelivery consignmentId={consignment.id} detectedAt={consignment.deliveryDetectedAt ?? null} />
      <dl className="facts facts--wide">
        <div><dt>Order</dt><dd>{consignment.order.reference}</dd></div>
        <div><dt>Customer</dt><dd>{consignment.order.customer?.name ?? '—'}</dd></div>
        <div><dt>Customer reference</dt><dd>{consignment.customerReference ?? '—'}</dd></div>
        <div><dt>Container</dt><dd>{consignment.containerNumber ?? '—'}</dd></div>
        <div><dt>Transport service</dt><dd>{consignment.transportService ?? '—'}</dd></div>
      </dl>

      <div className="consignment__grid">
        <div className="consignment__main">
          <section className="card panel" aria-labelledby="map-title">
            <h2 id="map-title">Map</h2>
            <ConsignmentMap stops={consignment.stops} position={position} driverName={consignment.driver?.name ?? null} />
          </section>
          <section className="card panel" aria-labelledby="stops-title">
            <h2 id="stops-title">Stops</h2>
            <StopsTable stops={consignment.stops} />
          </section>
          <ProofOfDeliveryPanel stops={consignment.stops} />
          <section className="card panel" aria-labelledby="cargo-title">
            <h2 id="cargo-title">Cargo</h2>
            <CargoTable cargo={consignment.cargo} />
          </section>
          <section className="card panel" aria-labelledby="scans-title">
            <h2 id="scans-title">Pallet scans</h2>
            <PalletScansTable scans={consignment.palletScans} />
          </section>
          <NotesPanel consignmentId={consignment.id} notes={consignment.notes} onAdded={reload} />
          <PhotosPanel consignmentId={consignment.id} photos={consignment.photos} onAdded={reload} />
        </div>
        <div className="consignment__side">
          <SharingPanel consignmentId={consignment.id} reference={consignment.reference} links={consignment.trackingLinks} photos={customerPhotos} onLinksChanged={reload} />
          <OrderLinkPanel orderId={consignment.order.id} reference={consignment.order.reference} />
          <DriverPanel consignment={consignment} lastSeen={position?.recordedAt ?? null} />
          <RecipientRatings feedback={consignment.recipientFeedback} />
        </div>
      </div>
    </article>
  );
}
