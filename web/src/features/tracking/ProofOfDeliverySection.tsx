import { memo } from 'react';
import { interpolate, useI18n } from '../../i18n';
import { FieldList, Section } from './Section';
import type { TrackingStop } from './types';
import { proofFromFields, type TrackingProof } from './wire';

function ProofCard({ stop, proof, named }: { stop: TrackingStop; proof: TrackingProof; named: boolean }) {
  const { messages, format } = useI18n();
  const m = messages.proofOfDelivery;
  const title = named ? interpolate(m.headingAt, { stop: stop.name }) : m.heading;
  const position =
    proof.latitude !== null && proof.longitude !== null ? `${format.number(proof.latitude, 5)}° / ${format.number(proof.longitude, 5)}°` : null;
  return (
    <Section title={title} className="tp-pod">
      {() => (
        <>
          <FieldList
            fields={[
              { label: m.receivedBy, value: proof.receiverName },
              { label: m.deliveredAt, value: format.dateTime(proof.deliveredAt, stop.timezone) },
              { label: m.position, value: position },
            ]}
          />
          {proof.signatureUrl && (
            <figure className="pod__signature">
              <img src={proof.signatureUrl} alt={interpolate(m.signatureAlt, { name: proof.receiverName })} decoding="async" referrerPolicy="no-referrer" />
              <figcaption aria-hidden="true">{m.signature}</figcaption>
            </figure>
          )}
          {proof.photoUrls.length > 0 && (
            <ul className="photos pod__photos" aria-label={m.photos}>
              {proof.photoUrls.map((url, index) => (
                <li key={url}>
                  <a href={url} target="_blank" rel="noopener noreferrer" className="photo__link">
                    <img
                      src={url}
                      alt={interpolate(m.photoAlt, { number: index + 1, count: proof.photoUrls.length })}
                      loading="lazy"
                      decoding="async"
                      referrerPolicy="no-referrer"
                    />
                    <span className="visually-hidden"> {messages.photos.opensFullSize}</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  );
}

/**
 * A "Delivered" card for each delivery stop with a proof of delivery (the template's section):
 * who took the goods, when, where, the signature and the photos, as plain images.
 */
export const ProofOfDeliverySection = memo(function ProofOfDeliverySection({ stops }: { stops: TrackingStop[] }) {
  const deliveries = stops.filter((stop) => stop.type === 'DELIVERY');
  const proofs = deliveries.flatMap((stop) => {
    const proof = proofFromFields(stop.proofOfDelivery);
    return proof ? [{ stop, proof }] : [];
  });
  if (proofs.length === 0) return null;
  return (
    <>
      {proofs.map(({ stop, proof }, index) => (
        <ProofCard key={`${index}-${stop.name}`} stop={stop} proof={proof} named={deliveries.length > 1} />
      ))}
    </>
  );
});
