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

/**
 * Texts written by formatters, by what was formatted (the locale, the kind, the arguments): a
 * server-rendered page records the ones it wrote and sends them with its data, and the browser
 * hydrating it reads them back, so hydration writes the very same text (Node's ICU and the
 * browser's differ in details, such as the spaces around a range's dash) and builds no Intl
 * formatter at all: the first one a browser builds takes it 20–60 ms, one task it cannot split.
 */
export type FormattedTexts = Record<string, string>;

export interface FormatterTexts {
  /** Texts to write as they are when asked for the same (the server's). */
  known?: Readonly<FormattedTexts>;
  /** Where to record every text written. */
  record?: FormattedTexts;
}

/**
 * `justNow`: the catalogue's words for "just now" (Intl only has "now"). Intl formatters are
 * built on first use.
 */
export function createFormatters(organizationLocale: string, language: Language, justNow?: string, texts: FormatterTexts = {}): Formatters {
  const numberLocale = validLocale(organizationLocale);
  const locale = dateLocale(numberLocale, language);
  let hourCycle: { value: Intl.DateTimeFormatOptions['hourCycle'] } | null = null;
  const tenantHourCycle = () => (hourCycle ??= { value: new Intl.DateTimeFormat(numberLocale, { hour: 'numeric' }).resolvedOptions().hourCycle }).value;
  const { known, record } = texts;
  /** The text for `kind` of `args`: the known one, else written now (and recorded). */
  const text = (kind: string, args: readonly (string | number)[], write: () => string): string => {
    const key = `${locale}|${numberLocale}|${kind}|${args.join('|')}`;
    const found = known?.[key];
    if (found !== undefined) return found;
    const written = write();
    if (record) record[key] = written;
    return written;
  };

  const cache = new Map<string, Intl.DateTimeFormat>();
  const buildFormat = (kind: 'dateTime' | 'short' | 'date', timeZone: string): Intl.DateTimeFormat =>
    kind === 'date'
      ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone })
      : new Intl.DateTimeFormat(locale, {
          weekday: kind === 'dateTime' ? 'short' : undefined,
          day: 'numeric',
          month: 'short',
          hour: 'numeric',
          minute: '2-digit',
          hourCycle: tenantHourCycle(),
          timeZone,
          timeZoneName: 'short',
        });
  const dateTimeFormat = (kind: 'dateTime' | 'short' | 'date', timeZone: string): Intl.DateTimeFormat => {
    const key = `${kind}|${timeZone}`;
    let format = cache.get(key);
    if (!format) {
      try {
        format = buildFormat(kind, timeZone);
      } catch {
        format = buildFormat(kind, 'UTC'); // an unknown zone
      }
      cache.set(key, format);
    }
    return format;
  };

  let relative: Intl.RelativeTimeFormat | null = null;
  const relativeFormat = () => (relative ??= new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));
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
    if (abs < 60) return relativeFormat().format(seconds, 'second');
    if (abs < 60 * 60) return relativeFormat().format(Math.round(seconds / 60), 'minute');
    if (abs < 24 * 3600) return relativeFormat().format(Math.round(seconds / 3600), 'hour');
    return relativeFormat().format(Math.round(seconds / 86400), 'day');
  };

  return {
    locale,
    dateTime: (iso, timeZone) => text('dateTime', [iso, timeZone], () => dateTimeFormat('dateTime', timeZone).format(new Date(iso))),
    shortDateTime: (iso, timeZone) => text('short', [iso, timeZone], () => dateTimeFormat('short', timeZone).format(new Date(iso))),
    dateTimeRange: (startIso, endIso, timeZone) =>
      text('range', [startIso, endIso, timeZone], () => {
        const start = new Date(startIso);
        const end = new Date(endIso);
        const format = dateTimeFormat('dateTime', timeZone);
        return end.getTime() > start.getTime() ? format.formatRange(start, end) : format.format(start);
      }),
    date: (iso, timeZone) => text('date', [iso, timeZone], () => dateTimeFormat('date', timeZone).format(new Date(iso))),
    relative: (time, now) => text('relative', [time, now], () => relativeText(secondsFrom(time, now))),
    ago: (time, now) =>
      text('ago', [time, now], () => {
        const seconds = Math.min(0, secondsFrom(time, now));
        if (seconds > -45) return justNow ?? relativeFormat().format(0, 'second');
        return relativeText(seconds);
      }),
    number: (value, maximumFractionDigits = 0) => text('number', [value, maximumFractionDigits], () => numberFormat(maximumFractionDigits).format(value)),
    weightKg: (value) => text('kg', [value], () => `${numberFormat(value < 10 ? 2 : 1).format(value)}\u00a0kg`),
    distanceKm: (value) =>
      text('km', [value], () =>
        value < 1
          ? `${numberFormat(0).format(Math.round(value * 100) * 10)}\u00a0m`
          : `${numberFormat(value < 10 ? 1 : 0).format(value)}\u00a0km`,
      ),
  };
}
