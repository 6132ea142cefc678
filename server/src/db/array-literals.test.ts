import { startTestApp, type TestApp } from '../../test/harness';
import { numberArray, textArray, timeArray } from './array-literals';

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

  it('carry instants to the millisecond, whatever the session time zone', async () => {
    const values = [new Date('2026-12-01T12:19:19.894Z'), new Date('2000-01-01T00:00:00.000Z'), new Date('2026-03-29T01:30:00.001Z')];
    const rows = await app.sql<{ t: Date[] }>("SELECT $1::timestamptz[] AS t FROM (SELECT set_config('TimeZone', 'Pacific/Chatham', false)) s", [timeArray(values)]);
    expect(rows[0].t.map((t) => t.toISOString())).toEqual(values.map((v) => v.toISOString()));
    const [same] = await app.sql<{ same: boolean }>('SELECT $1::timestamptz[] = $2::timestamptz[] AS same', [timeArray(values), values]);
    expect(same.same).toBe(true);
  });
});
