import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/** An instant as `Date#toISOString` writes it: UTC, milliseconds, `Z`. */
const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * DateTimeISO (the same scalar, name and description as everywhere else) that also takes an
 * instant already written as `Date#toISOString` writes it, as the public page's statements
 * select their times, and sends it as it is instead of parsing and writing it again.
 */
const config = GraphQLDateTimeISO.toConfig();

export const DateTimeISOText = new GraphQLScalarType({
  ...config,
  serialize(value: unknown): string {
    if (typeof value === 'string' && CANONICAL.test(value)) return value;
    return config.serialize(value) as string;
  },
});

/**
 * DateTimeISO for the staff schema (the same scalar, name and description), whose input takes
 * the common case first: text as `Date#toISOString` writes it, which is the instant it names
 * when it is written back the same (so 2026-02-30 or a leap second is not), read field by
 * field where it can be (`canonicalInstant`). Everything else
 * goes to DateTimeISO's own checks, with its errors. A driver app's batch of positions is a
 * hundred of these per request. Out, it sends an instant already written as `Date#toISOString`
 * writes it as it is (as DateTimeISOText does): the consignment list reads its times as such text.
 */
export const DateTimeISOInput = new GraphQLScalarType({
  ...config,
  serialize(value: unknown): string {
    if (typeof value === 'string' && CANONICAL.test(value)) return value;
    return config.serialize(value) as string;
  },
  parseValue(value: unknown): Date {
    if (typeof value === 'string' && value.length === 24) {
      const ms = canonicalInstant(value);
      if (ms !== undefined) return new Date(ms);
      const date = new Date(value);
      if (!Number.isNaN(date.getTime()) && date.toISOString() === value) return date;
    }
    return config.parseValue!(value) as Date;
  },
});

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by s[from, to) in decimal digits, or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The instant of 24 characters of text as `Date#toISOString` writes it (`YYYY-MM-DDTHH:MM:SS.mmmZ`,
 * a real calendar day, hours 0–23, no leap second), read field by field: several times cheaper
 * than parsing the text into a Date and writing it back to compare. Undefined for anything else,
 * and for years before 100 (which Date.UTC reads as 19xx), all of which take the full path.
 */
function canonicalInstant(s: string): number | undefined {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46 || s.charCodeAt(23) !== 90) {
    return undefined;
  }
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  const hour = digits(s, 11, 13);
  const minute = digits(s, 14, 16);
  const second = digits(s, 17, 19);
  const ms = digits(s, 20, 23);
  if (year < 100 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) return undefined;
  const leapDay = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  if (day > DAYS_IN_MONTH[month - 1] + leapDay) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}
