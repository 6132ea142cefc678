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
