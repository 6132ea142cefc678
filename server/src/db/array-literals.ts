/**
 * PostgreSQL array literals (`{…}`) written in one pass, for statements that take a batch as
 * one array per column. pg writes the same text from a JavaScript array, but value by value
 * through its generic conversion (a Date as local time with its offset), which for a batch of
 * a hundred positions in nine columns was a good part of the request's time. The statement
 * casts each parameter (`$3::text[]`, `$4::float8[]`), so the element types are the
 * statement's, as before.
 */

/** Text elements, each quoted (so NULL, spaces and braces in a value stay text); null is NULL. */
export function textArray(values: ReadonlyArray<string | null>): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) out += ',';
    out += v === null ? 'NULL' : `"${v.replace(/[\\"]/g, '\\$&')}"`;
  }
  return `${out}}`;
}

/**
 * Numbers as JavaScript writes them (float8 and real read them back the same), or integers as
 * the decimal text node-pg returns an int8 as; null is NULL.
 * Instants go as their milliseconds since the Unix epoch (`Date#getTime`) into an `int8[]`
 * parameter, made timestamptz in the statement (`to_timestamp(ms::float8 / 1000)`, exact to
 * the microsecond, so to the millisecond sent): no date text to write or parse either side.
 */
export function numberArray(values: ReadonlyArray<number | string | null>): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) out += ',';
    out += v === null ? 'NULL' : String(v);
  }
  return `${out}}`;
}
