import { startTestApp, type TestApp } from '../../test/harness';
import { numberArray, textArray } from './array-literals';

// The literals are read by PostgreSQL itself: each must come back as the values written.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('array literals', () => {
  it('carry any text, quotes, backslashes, braces, commas, spaces, "NULL" and the empty string included; null is NULL', async () => {
    const values = ['plain', 'with "quotes"', 'back\\slash\\', '{braces}', 'a,b', '  spaced  ', 'NULL', '', 'ünï©ødé', null, '\\"'];
    const [row] = await app.sql<{ v: Array<string | null> }>('SELECT $1::text[] AS v', [textArray(values)]);
    expect(row.v).toEqual(values);
    const [empty] = await app.sql<{ n: number }>('SELECT cardinality($1::text[])::int AS n', [textArray([])]);
    expect(empty.n).toBe(0);
  });

  it('carry numbers as float8 and real read them from what pg itself writes, null as NULL', async () => {
    const values = [51.2001, -6.5, 0, 1e-7, 123456.789, 89.99999999999, null, 360, 0.1 + 0.2];
    const [row] = await app.sql<{ d: number[]; same8: boolean; same4: boolean }>(
      'SELECT $1::float8[] AS d, $1::float8[] IS NOT DISTINCT FROM $2::float8[] AS same8, $1::real[] IS NOT DISTINCT FROM $2::real[] AS same4',
      [numberArray(values), values],
    );
    expect(row).toEqual({ d: values, same8: true, same4: true });
  });

  it('carry instants as epoch milliseconds in int8[], which to_timestamp makes the same instants, whatever the session time zone', async () => {
    const values = [new Date('2026-12-01T12:19:19.894Z'), new Date('2000-01-01T00:00:00.000Z'), new Date('2026-03-29T01:30:00.001Z'), new Date('2099-12-31T23:59:59.999Z')];
    // Every millisecond of a few seconds, and a spread over the years positions may carry.
    for (let ms = 0; ms < 3000; ms++) values.push(new Date(Date.UTC(2026, 11, 2, 12, 0, 0) + ms));
    for (let t = Date.UTC(2000, 0, 1); t < Date.UTC(2100, 0, 1); t += 86_399_997) values.push(new Date(t));
    const sql = "SELECT array_agg(to_timestamp(ms::float8 / 1000) ORDER BY i) AS t FROM unnest($1::int8[]) WITH ORDINALITY AS u(ms, i), (SELECT set_config('TimeZone', 'Pacific/Chatham', false)) s";
    const [row] = await app.sql<{ t: Date[] }>(sql, [numberArray(values.map((v) => v.getTime()))]);
    expect(row.t.map((t) => t.toISOString())).toEqual(values.map((v) => v.toISOString()));
    // Exact, not rounded to the millisecond on the way back: no microseconds appear.
    const [exact] = await app.sql<{ same: boolean }>(
      'SELECT array_agg(to_timestamp(ms::float8 / 1000) ORDER BY i) = $2::timestamptz[] AS same FROM unnest($1::int8[]) WITH ORDINALITY AS u(ms, i)',
      [numberArray(values.map((v) => v.getTime())), values],
    );
    expect(exact.same).toBe(true);
  });
});
