import { interpolate, useI18n } from '../../i18n';
import { hasItems, Section } from './Section';
import { isSafeImageUrl } from './safeUrl';
import type { TrackingPhoto } from './wire';

export function PhotosSection({ photos }: { photos: TrackingPhoto[] | null }) {
  const { messages } = useI18n();
  const shown = (photos ?? []).filter((photo) => isSafeImageUrl(photo.url));
  if (!hasItems(shown)) return null;
  return (
    <Section title={messages.photos.heading} className="tp-photos">
      {(headingId) => (
        <ul className="photos" aria-labelledby={headingId}>
          {shown.map((photo, index) => {
            const caption = photo.caption?.trim() || null;
            const name = caption ?? interpolate(messages.photos.untitled, { number: index + 1 });
            return (
              <li key={`${index}-${photo.url}`}>
                <figure className="photo">
                  <a href={photo.url} target="_blank" rel="noopener noreferrer" className="photo__link">
                    <img src={photo.url} alt={name} loading="lazy" decoding="async" referrerPolicy="no-referrer" />
                    <span className="visually-hidden"> {messages.photos.opensFullSize}</span>
                  </a>
                  {/* The image's alt text already says this to screen readers. */}
                  {caption && <figcaption aria-hidden="true">{caption}</figcaption>}
                </figure>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
