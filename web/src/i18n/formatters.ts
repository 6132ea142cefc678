import type { Language } from './messages';

// Dates and numbers follow the tenant's country (its BCP 47 `locale`, e.g. "nl-NL"); the words
// in them (weekdays, months, "3 minutes ago") follow the recipient's language. Intl does both
// when given the recipient's language with the tenant's region ("en-NL": English words, Dutch
// conventions), plus the tenant's hour cycle so a 24-hour country never shows AM/PM.

export interface Formatters {
  /** The locale used for dates, e.g. "en-NL". */
  readonly locale: string;
  /** "Wed 12 Mar, 14:30 CET", in the given IANA zone, with its abbreviation. */
  dateTime(iso: string, timeZone: string): string;
  /** "12 Mar, 14:30 CET": the same without the weekday, for tables. */
  shortDateTime(iso: string, timeZone: string): string;
  /** "Wed 12 Mar, 08:00–12:00 CET": a window, collapsed where both ends share a day. */
  dateTimeRange(startIso: string, endIso: string, timeZone: string): string;
  /** "12 March 2025". */
  date(iso: string, timeZone: string): string;
  /** "in 25 seconds", "3 minutes ago", relative to `now` (ms since epoch). */
  relative(time: string | number, now: number): string;
  /** A past moment: "just now" under 45 s, else "3 minutes ago"; a clock ahead of ours counts as now. */
  ago(time: string | number, now: number): string;
  /** Numbers in the tenant's format. */
  number(value: number, maximumFractionDigits?: number): string;
  /** "1.234,5 kg" (nl-NL). */
  weightKg(value: number): string;
  /** "42 km", or "800 m" under 1 km. */
  distanceKm(value: number): string;
}

const FALLBACK_LOCALE = 'en-GB';

/** The tenant's locale if Intl accepts it, else a neutral fallback. */
function validLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

/** The recipient's language combined with the tenant's region: "en" + "nl-NL" → "en-NL". */
export function dateLocale(organizationLocale: string, language: Language): string {
  const org = new Intl.Locale(validLocale(organizationLocale));
  if (org.language === language) return org.toString();
  return org.region ? `${language}-${org.region}` : language;
}

function validTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** `justNow`: the catalogue's words for "just now" (Intl only has "now"). */
export function createFormatters(organizationLocale: string, language: Language, justNow?: string): Formatters {
  const numberLocale = validLocale(organizationLocale);
  const locale = dateLocale(numberLocale, language);
  const hourCycle = new Intl.DateTimeFormat(numberLocale, { hour: 'numeric' }).resolvedOptions().hourCycle;

  // Intl formatters are costly to build: one per (kind, zone).
  const cache = new Map<string, Intl.DateTimeFormat>();
  const dateTimeFormat = (kind: 'dateTime' | 'short' | 'date', timeZone: string): Intl.DateTimeFormat => {
    const zone = validTimeZone(timeZone);
    const key = `${kind}|${zone}`;
    let format = cache.get(key);
    if (!format) {
      format =
        kind === 'date'
          ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone })
          : new Intl.DateTimeFormat(locale, {
              weekday: kind === 'dateTime' ? 'short' : undefined,
              day: 'numeric',
              month: 'short',
              hour: 'numeric',
              minute: '2-digit',
              hourCycle,
              timeZone: zone,
              timeZoneName: 'short',
            });
      cache.set(key, format);
    }
    return format;
  };

  const relativeFormat = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number): Intl.NumberFormat => {
    let format = numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: digits });
      numberFormats.set(digits, format);
    }
    return format;
  };

  const secondsFrom = (time: string | number, now: number) =>
    Math.round(((typeof time === 'number' ? time : Date.parse(time)) - now) / 1000);
  const relativeText = (seconds: number): string => {
    const abs = Math.abs(seconds);
    if (abs < 60) return relativeFormat.format(seconds, 'second');
    if (abs < 60 * 60) return relativeFormat.format(Math.round(seconds / 60), 'minute');
    if (abs < 24 * 3600) return relativeFormat.format(Math.round(seconds / 3600), 'hour');
    return relativeFormat.format(Math.round(seconds / 86400), 'day');
  };

  return {
    locale,
    dateTime: (iso, timeZone) => dateTimeFormat('dateTime', timeZone).format(new Date(iso)),
    shortDateTime: (iso, timeZone) => dateTimeFormat('short', timeZone).format(new Date(iso)),
    dateTimeRange: (startIso, endIso, timeZone) => {
      const start = new Date(startIso);
      const end = new Date(endIso);
      const format = dateTimeFormat('dateTime', timeZone);
      return end.getTime() > start.getTime() ? format.formatRange(start, end) : format.format(start);
    },
    date: (iso, timeZone) => dateTimeFormat('date', timeZone).format(new Date(iso)),
    relative: (time, now) => relativeText(secondsFrom(time, now)),
    ago: (time, now) => {
      const seconds = Math.min(0, secondsFrom(time, now));
      if (seconds > -45) return justNow ?? relativeFormat.format(0, 'second');
      return relativeText(seconds);
    },
    number: (value, maximumFractionDigits = 0) => numberFormat(maximumFractionDigits).format(value),
    weightKg: (value) => `${numberFormat(value < 10 ? 2 : 1).format(value)}\u00a0kg`,
    distanceKm: (value) =>
      value < 1
        ? `${numberFormat(0).format(Math.round(value * 100) * 10)}\u00a0m`
        : `${numberFormat(value < 10 ? 1 : 0).format(value)}\u00a0km`,
  };
}
