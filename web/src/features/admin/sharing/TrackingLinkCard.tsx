import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { CopyButton } from '../../../components/CopyButton';
import type { TrackingLinkItemFragment } from '../../../gql/graphql';
import { formatDateTime } from '../ui/format';
import { FormError } from '../ui/QueryStates';
import { StatusBadge } from '../ui/StatusBadge';
import { LinkAuditLog } from './LinkAuditLog';
import { LinkOptionsDialog } from './LinkOptionsDialog';
import { QrCodeDialog } from './QrCodeDialog';
import { REGENERATE_TRACKING_LINK_MUTATION, REVOKE_TRACKING_LINK_MUTATION } from './trackingLinkFragments';

export interface PickablePhoto {
  id: string;
  url: string;
  caption?: string | null;
}

type Pending = 'revoke' | 'regenerate' | 'options' | 'qr' | null;

/** One link: who it is for, its state and numbers, and what staff can do with it. */
export function TrackingLinkCard({
  consignmentId,
  reference,
  link,
  photos,
  onRegenerated,
}: {
  consignmentId: string;
  /** The consignment's reference, printed on the QR label. */
  reference: string;
  link: TrackingLinkItemFragment;
  photos: PickablePhoto[];
  onRegenerated: () => void;
}) {
  const [pending, setPending] = useState<Pending>(null);
  const [revoke, revoking] = useMutation(REVOKE_TRACKING_LINK_MUTATION);
  const [regenerate, regenerating] = useMutation(REGENERATE_TRACKING_LINK_MUTATION);
  const revoked = link.status === 'REVOKED';
  const who = link.recipientEmail ?? 'Default link';

  async function confirmRevoke() {
    try {
      await revoke({ variables: { linkId: link.id } });
    } finally {
      setPending(null);
    }
  }

  async function confirmRegenerate() {
    try {
      await regenerate({ variables: { linkId: link.id } });
      onRegenerated();
    } finally {
      setPending(null);
    }
  }

  return (
    <article className={revoked ? 'link-card link-card--revoked' : 'link-card'} aria-label={`Tracking link: ${who}`}>
      <header className="link-card__header">
        <strong>{who}</strong>
        <StatusBadge status={link.status} />
      </header>
      <dl className="facts">
        <div><dt>Created</dt><dd>{formatDateTime(link.createdAt)}</dd></div>
        <div><dt>{link.status === 'EXPIRED' ? 'Expired' : 'Expires'}</dt><dd>{formatDateTime(link.expiresAt)}</dd></div>
        {link.revokedAt && <div><dt>Revoked</dt><dd>{formatDateTime(link.revokedAt)}</dd></div>}
        <div><dt>Views</dt><dd>{link.viewCount}</dd></div>
        <div><dt>Last viewed</dt><dd>{link.lastViewedAt ? formatDateTime(link.lastViewedAt) : 'Never'}</dd></div>
      </dl>
      {!revoked && (
        <>
          <p className="link-card__url">
            <a href={link.url} target="_blank" rel="noreferrer noopener">{link.url}</a>
          </p>
          <div className="toolbar">
            <CopyButton text={link.url} label="Copy URL" />
            <button type="button" className="button" onClick={() => setPending('qr')}>QR code</button>
            <button type="button" className="button" onClick={() => setPending('options')}>Options</button>
            <button type="button" className="button" onClick={() => setPending('regenerate')}>Regenerate</button>
            <button type="button" className="button button--danger" onClick={() => setPending('revoke')}>Revoke</button>
          </div>
        </>
      )}
      <FormError error={revoking.error ?? regenerating.error} />
      <LinkAuditLog entries={link.auditLog} />

      {pending === 'revoke' && (
        <ConfirmDialog
          title="Revoke this tracking link?"
          confirmLabel="Revoke link"
          danger
          busy={revoking.loading}
          onConfirm={confirmRevoke}
          onCancel={() => setPending(null)}
        >
          <p>
            Revoking is permanent: the link stops working at once, for everyone who has it, and cannot be
            restored. Open pages are cut off. No new link is made; you can create a fresh one later.
          </p>
        </ConfirmDialog>
      )}
      {pending === 'regenerate' && (
        <ConfirmDialog
          title="Regenerate this tracking link?"
          confirmLabel="Regenerate link"
          busy={regenerating.loading}
          onConfirm={confirmRegenerate}
          onCancel={() => setPending(null)}
        >
          <p>The current URL stops working and a new URL replaces it. Send the new URL to {who === 'Default link' ? 'its recipients' : who}.</p>
        </ConfirmDialog>
      )}
      {pending === 'qr' && (
        <QrCodeDialog consignmentId={consignmentId} linkId={link.id} reference={reference} who={who} onClose={() => setPending(null)} />
      )}
      {pending === 'options' && <LinkOptionsDialog link={link} photos={photos} onClose={() => setPending(null)} />}
    </article>
  );
}
