import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import type { ConsignmentQuery } from '../../../gql/graphql';
import { fieldErrors } from '../../../apollo/fieldErrors';
import { Empty, FormError } from '../ui/QueryStates';

const ADD_PHOTO_MUTATION = graphql(`
  mutation AddConsignmentPhoto($consignmentId: ID!, $input: PhotoInput!) {
    addConsignmentPhoto(consignmentId: $consignmentId, input: $input) {
      id
      url
      caption
      customerVisible
      createdAt
    }
  }
`);

const SET_VISIBLE_MUTATION = graphql(`
  mutation SetPhotoCustomerVisible($photoId: ID!, $customerVisible: Boolean!) {
    setPhotoCustomerVisible(photoId: $photoId, customerVisible: $customerVisible) {
      id
      customerVisible
    }
  }
`);

type Photos = NonNullable<ConsignmentQuery['consignment']>['photos'];

export function PhotosPanel({ consignmentId, photos, onAdded }: { consignmentId: string; photos: Photos; onAdded: () => void }) {
  const urlId = useId();
  const captionId = useId();
  const [url, setUrl] = useState('');
  const [caption, setCaption] = useState('');
  const [visible, setVisible] = useState(false);
  const [addPhoto, adding] = useMutation(ADD_PHOTO_MUTATION);
  const [setCustomerVisible, toggling] = useMutation(SET_VISIBLE_MUTATION);
  const urlError = fieldErrors(adding.error)['input.url'];

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await addPhoto({ variables: { consignmentId, input: { url: url.trim(), caption: caption.trim() || null, customerVisible: visible } } });
      setUrl('');
      setCaption('');
      onAdded();
    } catch {
      // Shown below.
    }
  }

  return (
    <section className="card panel" aria-labelledby="photos-title">
      <h2 id="photos-title">Photos</h2>
      {photos.length === 0 ? (
        <Empty>No photos yet.</Empty>
      ) : (
        <ul className="photo-grid">
          {photos.map((photo) => (
            <li key={photo.id}>
              <a href={photo.url} target="_blank" rel="noreferrer noopener">
                <img src={photo.url} alt={photo.caption ?? 'Consignment photo'} loading="lazy" />
              </a>
              {photo.caption && <p className="small">{photo.caption}</p>}
              <label className="check">
                <input
                  type="checkbox"
                  checked={photo.customerVisible}
                  disabled={toggling.loading}
                  onChange={(e) =>
                    void setCustomerVisible({ variables: { photoId: photo.id, customerVisible: e.target.checked } }).catch(() => undefined)
                  }
                />
                Customer-visible
              </label>
            </li>
          ))}
        </ul>
      )}
      <FormError error={toggling.error} />
      <form className="form" onSubmit={submit}>
        <div className="grid grid--2">
          <div className="field">
            <label htmlFor={urlId}>Photo URL</label>
            <input id={urlId} type="url" required value={url} onChange={(e) => setUrl(e.target.value)} aria-invalid={urlError ? true : undefined} />
            {urlError && <span className="field__error">{urlError}</span>}
          </div>
          <div className="field">
            <label htmlFor={captionId}>Caption</label>
            <input id={captionId} value={caption} onChange={(e) => setCaption(e.target.value)} />
          </div>
        </div>
        <label className="check">
          <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
          Show to the customer
        </label>
        {!urlError && <FormError error={adding.error} />}
        <button type="submit" className="button" disabled={adding.loading || !url.trim()}>
          Add photo
        </button>
      </form>
    </section>
  );
}
