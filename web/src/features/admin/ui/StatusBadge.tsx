import { humanize } from './format';

/** A status as a coloured pill; the colour follows the value (CSS: .badge--<value>). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--${status.toLowerCase()}`}>{humanize(status)}</span>;
}
