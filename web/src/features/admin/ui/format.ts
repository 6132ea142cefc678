// Dates on the wire are ISO 8601 in UTC; staff see them in a given zone (a stop's own, or the browser's).

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    } catch {
      f = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    }
    cache.set(key, f);
  }
  return f;
}

/** "22 Nov 2026, 14:05", or "—" for no date. */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return formatter(timeZone).format(date);
}

/** IN_TRANSIT → "In transit". */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A <input type="datetime-local"> value ("2026-11-22T14:05") read as local time, to ISO; empty → null. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO instant as a <input type="datetime-local"> value in local time. */
export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A list's total counted up to a cap: "1,234", or "10,000+" when more match than were counted. */
export function formatTotal(total: { count: number; capped: boolean }): string {
  return `${total.count.toLocaleString('en-US')}${total.capped ? '+' : ''}`;
}
