import { useI18n } from '../../i18n';
import { hasItems, Section } from './Section';
import type { TrackingNote } from './wire';

export function NotesSection({ notes }: { notes: TrackingNote[] | null }) {
  const { messages } = useI18n();
  if (!hasItems(notes)) return null;
  return (
    <Section title={messages.notes.heading} className="tp-notes">
      {(headingId) => (
        <ul className="notes" aria-labelledby={headingId}>
          {notes.map((note, index) => (
            <li key={index} className="note">
              <p className="note__text">{note.text}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
