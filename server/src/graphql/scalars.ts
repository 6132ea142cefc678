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
 * when it is written back the same (so 2026-02-30 or a leap second is not). Everything else
 * goes to DateTimeISO's own checks, with its errors. A driver app's batch of positions is a
 * hundred of these per request.
 */
export const DateTimeISOInput = new GraphQLScalarType({
  ...config,
  parseValue(value: unknown): Date {
    if (typeof value === 'string' && value.length === 24) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime()) && date.toISOString() === value) return date;
    }
    return config.parseValue!(value) as Date;
  },
});
