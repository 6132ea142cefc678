import type { TrackingLinkItemFragment } from '../../../gql/graphql';
import { Empty } from '../ui/QueryStates';
import { CreateLinkForm } from './CreateLinkForm';
import { TrackingLinkCard, type PickablePhoto } from './TrackingLinkCard';

export interface SharingPanelProps {
  consignmentId: string;
  /** The consignment's reference, printed on QR labels. */
  reference: string;
  links: TrackingLinkItemFragment[];
  /** Customer-visible photos, offered in each link's photo picker. */
  photos: PickablePhoto[];
  /** After a link was created or regenerated: the list changed, reload it. */
  onLinksChanged: () => void;
}

/** SPEC 2.10: every tracking link of the consignment, newest first, and "Create tracking link". */
export function SharingPanel({ consignmentId, reference, links, photos, onLinksChanged }: SharingPanelProps) {
  const ordered = [...links].reverse();
  return (
    <section className="card panel" aria-labelledby="sharing-title">
      <h2 id="sharing-title">Sharing</h2>
      {ordered.length === 0 ? (
        <Empty>No tracking link yet. Create one to share this consignment.</Empty>
      ) : (
        <ul className="link-list">
          {ordered.map((link) => (
            <li key={link.id}>
              <TrackingLinkCard consignmentId={consignmentId} reference={reference} link={link} photos={photos} onRegenerated={onLinksChanged} />
            </li>
          ))}
        </ul>
      )}
      <CreateLinkForm consignmentId={consignmentId} onCreated={onLinksChanged} />
    </section>
  );
}
