import { graphql } from '../../../gql';
import type { ProofOfDeliveryStopFragment } from '../../../gql/graphql';
import { formatDateTime } from '../ui/format';

export const PROOF_OF_DELIVERY_STOP_FRAGMENT = graphql(`
  fragment ProofOfDeliveryStop on Stop {
    id
    sequence
    type
    name
    timezone
    proofOfDelivery {
      id
      receiverName
      deliveredAt
      latitude
      longitude
      positionSource
      revision
      recordedBy
      signature {
        id
        url
      }
      photos {
        id
        url
      }
    }
  }
`);

/** A signed image URL of this server as a same-origin path (the console may run under another host name than PUBLIC_BASE_URL). */
function ownPath(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname.startsWith('/public/pod/') ? parsed.pathname + parsed.search : url;
  } catch {
    return url;
  }
}

const POSITION_SOURCE: Record<string, string> = { GIVEN: 'sent with the proof', DRIVER: "the driver's last known position" };

/** The proof of delivery of each delivery stop: who took the goods, when, where, the signature and the photos. */
export function ProofOfDeliveryPanel({ stops }: { stops: ProofOfDeliveryStopFragment[] }) {
  const deliveries = [...stops].filter((s) => s.type === 'DELIVERY').sort((a, b) => a.sequence - b.sequence);
  if (deliveries.length === 0) return null;
  return (
    <section className="card panel" aria-labelledby="pod-title">
      <h2 id="pod-title">Proof of delivery</h2>
      <ul className="pod-list">
        {deliveries.map((stop) => {
          const proof = stop.proofOfDelivery;
          return (
            <li key={stop.id} className="pod">
              <h3 className="pod__stop">
                {stop.sequence}. {stop.name}
              </h3>
              {!proof ? (
                <p className="muted">Not recorded yet.</p>
              ) : (
                <>
                  <dl className="facts">
                    <div><dt>Received by</dt><dd>{proof.receiverName}</dd></div>
                    <div><dt>Delivered</dt><dd>{formatDateTime(proof.deliveredAt, stop.timezone)}</dd></div>
                    <div>
                      <dt>Position</dt>
                      <dd>
                        {proof.latitude != null && proof.longitude != null
                          ? `${proof.latitude.toFixed(5)}, ${proof.longitude.toFixed(5)} (${POSITION_SOURCE[proof.positionSource ?? ''] ?? 'unknown source'})`
                          : '—'}
                      </dd>
                    </div>
                    <div><dt>Recorded by</dt><dd>{proof.recordedBy}{proof.revision > 1 ? ` (correction ${proof.revision - 1})` : ''}</dd></div>
                  </dl>
                  {proof.signature && (
                    <figure className="pod__signature">
                      <img src={ownPath(proof.signature.url)} alt={`Signature of ${proof.receiverName}`} />
                      <figcaption className="small">Signature</figcaption>
                    </figure>
                  )}
                  {proof.photos.length > 0 && (
                    <ul className="photo-grid" aria-label="Delivery photos">
                      {proof.photos.map((photo, index) => (
                        <li key={photo.id}>
                          <a href={ownPath(photo.url)} target="_blank" rel="noreferrer noopener">
                            <img src={ownPath(photo.url)} alt={`Delivery photo ${index + 1} of ${proof.photos.length}`} loading="lazy" />
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
