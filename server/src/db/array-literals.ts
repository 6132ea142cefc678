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

/** Numbers as JavaScript writes them (float8 and real read them back the same); null is NULL. */
export function numberArray(values: ReadonlyArray<number | null>): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) out += ',';
    out += v === null ? 'NULL' : String(v);
  }
  return `${out}}`;
}

/** Instants as ISO 8601 UTC text, for a `timestamptz[]` parameter. */
export function timeArray(values: ReadonlyArray<Date>): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i) out += ',';
    out += `"${values[i].toISOString()}"`;
  }
  return `${out}}`;
}
