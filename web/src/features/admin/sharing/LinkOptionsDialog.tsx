import { useMutation } from '@apollo/client/react';
import { TEMPLATE_SECTIONS } from '@tracklink/shared';
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import type { TrackingLinkInput, TrackingLinkItemFragment, TrackingSection } from '../../../gql/graphql';
import { fieldErrors } from '../../../apollo/fieldErrors';
import { isoToLocalInput, localInputToIso } from '../ui/format';
import { FormError } from '../ui/QueryStates';
import { SectionTriStateGrid, toSectionTriStates } from '../ui/SectionTriStates';
import type { PickablePhoto } from './TrackingLinkCard';
import { UPDATE_TRACKING_LINK_MUTATION } from './trackingLinkFragments';

/** The options of one link (SPEC 2.7): section overrides, photos, expiry. The URL stays the same. */
export function LinkOptionsDialog({ link, photos, onClose }: { link: TrackingLinkItemFragment; photos: PickablePhoto[]; onClose: () => void }) {
  const expiryId = useId();
  const [sections, setSections] = useState(() => toSectionTriStates(link.overrides));
  const [allPhotos, setAllPhotos] = useState(link.photoIds == null || link.photoIds.length === 0);
  const [photoIds, setPhotoIds] = useState<ReadonlySet<string>>(new Set(link.photoIds ?? []));
  const [expiry, setExpiry] = useState(isoToLocalInput(link.explicitExpiresAt));
  const [update, { loading, error }] = useMutation(UPDATE_TRACKING_LINK_MUTATION);
  const errors = fieldErrors(error);

  function buildInput(): TrackingLinkInput {
    const input: TrackingLinkInput = { inherit: [] };
    for (const section of TEMPLATE_SECTIONS) {
      const state = sections[section];
      if (state === 'inherit') input.inherit!.push(section as TrackingSection);
      else input[section] = state === 'on';
    }
    input.photoIds = allPhotos ? [] : [...photoIds];
    const expiresAt = localInputToIso(expiry);
    if (expiresAt) input.expiresAt = expiresAt;
    else input.clearExpiresAt = true;
    return input;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await update({ variables: { linkId: link.id, input: buildInput() } });
      onClose();
    } catch {
      // Shown from `error`.
    }
  }

  return (
    <Dialog title={`Options: ${link.recipientEmail ?? 'default link'}`} onClose={onClose} className="dialog--wide">
      <form className="form" onSubmit={save}>
        <p className="muted">Each section follows the customer's or tenant template unless you set it here.</p>
        <SectionTriStateGrid value={sections} onChange={setSections} inheritLabel={() => 'Template'} />
        <fieldset className="subform">
          <legend>Photos on this link</legend>
          <label className="check">
            <input type="checkbox" checked={allPhotos} onChange={(e) => setAllPhotos(e.target.checked)} />
            Every customer-visible photo
          </label>
          {!allPhotos && photos.length === 0 && <p className="muted">No customer-visible photos.</p>}
          {!allPhotos && (
            <ul className="photo-picker">
              {photos.map((photo) => (
                <li key={photo.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={photoIds.has(photo.id)}
                      onChange={(e) => {
                        const next = new Set(photoIds);
                        if (e.target.checked) next.add(photo.id);
                        else next.delete(photo.id);
                        setPhotoIds(next);
                      }}
                    />
                    <img src={photo.url} alt="" width={64} height={48} />
                    {photo.caption || photo.url}
                  </label>
                </li>
              ))}
            </ul>
          )}
          {errors['input.photoIds'] && <span className="field__error">{errors['input.photoIds']}</span>}
        </fieldset>
        <div className="field">
          <label htmlFor={expiryId}>Expires on (optional)</label>
          <div className="toolbar">
            <input id={expiryId} type="datetime-local" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
            <button type="button" className="button" onClick={() => setExpiry('')} disabled={!expiry}>
              Clear expiry
            </button>
          </div>
          <span className="field__hint">Without a date the link lasts the tenant's link lifetime after the last update.</span>
          {errors['input.expiresAt'] && <span className="field__error">{errors['input.expiresAt']}</span>}
        </div>
        {Object.keys(errors).length === 0 && <FormError error={error} />}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? 'Saving…' : 'Save options'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
