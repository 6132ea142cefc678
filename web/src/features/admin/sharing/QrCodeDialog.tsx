import { useQuery } from '@apollo/client/react';
import { Dialog } from '../../../components/Dialog';
import { ErrorState, Loading } from '../ui/QueryStates';
import { TRACKING_LINK_QR_CODES_QUERY } from './trackingLinkFragments';

/** A file name from the consignment's reference: letters, digits, dots and dashes only. */
export function qrFileName(reference: string, ext: 'svg' | 'png'): string {
  const safe = reference.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'consignment';
  return `tracking-${safe}.${ext}`;
}

/**
 * A link's QR code: to download as SVG or PNG, and a label with the consignment's reference to
 * print on a delivery note or CMR (only the label is printed, admin.css).
 */
export function QrCodeDialog({
  consignmentId,
  linkId,
  reference,
  who,
  onClose,
}: {
  consignmentId: string;
  linkId: string;
  reference: string;
  who: string;
  onClose: () => void;
}) {
  const { data, loading, error, refetch } = useQuery(TRACKING_LINK_QR_CODES_QUERY, {
    variables: { consignmentId },
    fetchPolicy: 'network-only',
  });
  const link = data?.consignment?.trackingLinks.find((l) => l.id === linkId) ?? null;
  const svgUrl = link?.qrSvg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(link.qrSvg)}` : null;

  return (
    <Dialog title="QR code" onClose={onClose}>
      <div className="dialog__body">
        {loading && !data ? (
          <Loading>Drawing the QR code…</Loading>
        ) : error ? (
          <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : !link?.qrPng || !svgUrl ? (
          <p>This link has no QR code: it was revoked.</p>
        ) : (
          <>
            <figure className="qr-label" aria-label={`Label for consignment ${reference}`}>
              <img src={link.qrPng} alt={`QR code of the tracking link for consignment ${reference}`} width={200} height={200} />
              <figcaption>
                <strong>{reference}</strong>
                <span>Scan to track this consignment</span>
              </figcaption>
            </figure>
            <p className="muted">For {who}. Anyone who scans it can follow the consignment.</p>
          </>
        )}
      </div>
      <div className="dialog__actions">
        {link?.qrPng && svgUrl && (
          <>
            <a className="button" href={svgUrl} download={qrFileName(reference, 'svg')}>Download SVG</a>
            <a className="button" href={link.qrPng} download={qrFileName(reference, 'png')}>Download PNG</a>
            <button type="button" className="button" onClick={() => window.print()}>Print label</button>
          </>
        )}
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>Close</button>
      </div>
    </Dialog>
  );
}
