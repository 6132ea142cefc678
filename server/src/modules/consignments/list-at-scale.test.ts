import { Client } from 'pg';
import { DELETE_CONSIGNMENT } from '../../../test/documents';
import { givenConsignments, givenTenant, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { doc } from '../../../test/typed-document';

const TOTALS = doc<
  { consignments: { total: { count: number; capped: boolean }; totalCount: number; edges: Array<{ node: { reference: string } }> } },
  { filter?: { status?: string; search?: string } }
>(`query($filter: ConsignmentFilter) { consignments(first: 25, filter: $filter) { total { count capped } totalCount edges { node { reference } } } }`);

const TOTAL_ONLY = doc<
  { consignments: { total: { count: number; capped: boolean } } },
  { filter?: { status?: string; search?: string } }
>(`query($filter: ConsignmentFilter) { consignments(first: 25, filter: $filter) { total { count capped } } }`);

const SEARCH_PAGE = doc<
  {
    consignments: {
      total: { count: number; capped: boolean };
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      edges: Array<{ node: { reference: string } }>;
    };
  },
  { search: string; after?: string | null }
>(`query($search: String!, $after: String) {
  consignments(first: 25, after: $after, filter: { search: $search }) { total { count capped } pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { reference } } }
}`);

const BULK = 40_000;

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await givenTenant(app);
  await givenConsignments(app, tenant.adminToken, 3, { status: 'IN_TRANSIT', containerNumber: 'MSKU1234565' });
  // A large tenant, made in the database: the API would take minutes for ten thousand. An
  // order of its own per consignment, as most are.
  await app.sql(
    `WITH o AS (
       INSERT INTO orders (tenant_id, reference) SELECT $1, 'ORD-B' || i FROM generate_series(1, ${BULK}) i RETURNING id, reference
     )
     INSERT INTO consignments (tenant_id, order_id, reference, status, container_number, created_at)
     SELECT $1, o.id, 'BULK-' || n, 'DELIVERED', 'TGHU' || lpad(n::text, 7, '0'), now() - make_interval(mins => n)
       FROM o, LATERAL (SELECT substr(o.reference, 6)::int AS n) x`,
    [tenant.id],
  );
  // As autovacuum leaves a table after a bulk load: its statistics taken and the trigram
  // indexes' pending entries merged (a plain ANALYZE leaves those pending, and the planner then
  // prices a trigram scan above a scan of the tenant's rows).
  await app.sql('VACUUM ANALYZE orders');
  await app.sql('VACUUM ANALYZE consignments');
}, 120_000);
afterAll(() => app.close());

describe('the consignment list of a large tenant', () => {
  it('counts up to 10,000 and says when more match; totalCount stays exact for whoever asks', async () => {
    const all = await app.ok(TOTALS, {}, tenant.adminToken);
    expect(all.consignments.total).toEqual({ count: 10_000, capped: true });
    expect(all.consignments.totalCount).toBe(BULK + 3);

    const inTransit = await app.ok(TOTALS, { filter: { status: 'IN_TRANSIT' } }, tenant.adminToken);
    expect(inTransit.consignments.total).toEqual({ count: 3, capped: false });
    expect(inTransit.consignments.totalCount).toBe(3);

    // BULK-1234 and BULK-12340 … BULK-12349, newest first.
    const search = await app.ok(TOTALS, { filter: { search: 'bulk-1234' } }, tenant.adminToken);
    expect(search.consignments.edges.map((e) => e.node.reference)).toEqual(['BULK-1234', ...Array.from({ length: 10 }, (_, i) => `BULK-1234${i}`)]);
    expect(search.consignments.total).toEqual({ count: 11, capped: false });
    const byContainer = await app.ok(TOTALS, { filter: { search: '1234565' } }, tenant.adminToken);
    expect(byContainer.consignments.total).toEqual({ count: 3, capped: false });
    // % and _ are text to look for, not wildcards.
    const wildcard = await app.ok(TOTALS, { filter: { search: 'BULK-%' } }, tenant.adminToken);
    expect(wildcard.consignments.total).toEqual({ count: 0, capped: false });
  });

  it('does not count a deleted consignment', async () => {
    const before = await app.ok(TOTAL_ONLY, { filter: { status: 'IN_TRANSIT' } }, tenant.adminToken);
    const [gone] = await givenConsignments(app, tenant.adminToken, 1, { status: 'IN_TRANSIT' });
    expect((await app.ok(TOTAL_ONLY, { filter: { status: 'IN_TRANSIT' } }, tenant.adminToken)).consignments.total.count).toBe(before.consignments.total.count + 1);
    await app.ok(DELETE_CONSIGNMENT, { consignmentId: gone.id }, tenant.adminToken);
    expect((await app.ok(TOTAL_ONLY, { filter: { status: 'IN_TRANSIT' } }, tenant.adminToken)).consignments.total).toEqual(before.consignments.total);
  });

  it('believes a count that reached the cap for a while (paging a large list counts once), never one below it', async () => {
    const counter = app.server.db.queries as unknown as { logQuery(query: string, parameters?: unknown[]): void };
    const logQuery = counter.logQuery.bind(counter);
    let counts = 0;
    counter.logQuery = (query: string, parameters?: unknown[]) => {
      if (/SELECT count\(\*\)/.test(query)) counts++;
      logQuery(query, parameters);
    };
    const countsOf = async (filter: { status?: string; search?: string }) => {
      const before = counts;
      const { consignments } = await app.ok(TOTAL_ONLY, { filter }, tenant.adminToken);
      return { total: consignments.total, counted: counts - before };
    };
    try {
      // A filter of its own (a search no other test made), so that nothing was believed before.
      const first = await countsOf({ search: 'BULK-' });
      expect(first).toEqual({ total: { count: 10_000, capped: true }, counted: 1 });
      expect(await countsOf({ search: 'BULK-' })).toEqual({ total: { count: 10_000, capped: true }, counted: 0 });
      // Below the cap: counted on every request.
      expect(await countsOf({ status: 'IN_TRANSIT' })).toMatchObject({ counted: 1 });
      expect(await countsOf({ status: 'IN_TRANSIT' })).toMatchObject({ counted: 1 });
    } finally {
      counter.logQuery = logQuery;
    }
  });

  it('pages a search whose matches pass the cap in the list order, however the rows lie on disk', async () => {
    // More matches than the cap, the newest written last: read in the table's order and cut at
    // the cap, the matches would leave out the page's newest rows.
    const n = 10_010;
    await app.sql(
      `WITH o AS (
         INSERT INTO orders (tenant_id, reference) SELECT $1, 'ORD-Z' || i FROM generate_series(1, ${n}) i RETURNING id, reference
       )
       INSERT INTO consignments (tenant_id, order_id, reference, status, container_number, created_at)
       SELECT $1, o.id, 'CAPS-' || i, 'DELIVERED', 'ZCAP' || lpad(i::text, 7, '0'), now() - interval '90 days' + make_interval(secs => i)
         FROM o, LATERAL (SELECT substr(o.reference, 6)::int AS i) x ORDER BY i`,
      [tenant.id],
    );
    await app.sql('VACUUM ANALYZE consignments');
    const newest = (from: number, count: number) => Array.from({ length: count }, (_, i) => `CAPS-${from - i}`);
    const first = await app.ok(SEARCH_PAGE, { search: 'zcap' }, tenant.adminToken);
    expect(first.consignments.total).toEqual({ count: 10_000, capped: true });
    expect(first.consignments.edges.map((e) => e.node.reference)).toEqual(newest(n, 25));
    expect(first.consignments.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await app.ok(SEARCH_PAGE, { search: 'zcap', after: first.consignments.pageInfo.endCursor }, tenant.adminToken);
    expect(second.consignments.edges.map((e) => e.node.reference)).toEqual(newest(n - 25, 25));
    expect(second.consignments.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    // Under the cap (the matches all read at once), the same order and the rows before the cursor.
    const few = await app.ok(SEARCH_PAGE, { search: 'zcap000099', after: Buffer.from(`c:${(await app.sql<{ id: string }>("SELECT id FROM consignments WHERE reference = 'CAPS-995'"))[0].id}`).toString('base64url') }, tenant.adminToken);
    expect(few.consignments.total).toEqual({ count: 10, capped: false });
    expect(few.consignments.edges.map((e) => e.node.reference)).toEqual(newest(994, 5));
    expect(few.consignments.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  // Sequential scans priced out: a statement that no index can serve still shows one.
  it('has every statement of the list and its search servable by indexes (trigram for the search), none needing a scan of a table', async () => {
    // The app's statement logger, which TypeORM hands each statement's text and parameters.
    const counter = app.server.db.queries as unknown as { logQuery(query: string, parameters?: unknown[]): void };
    const logQuery = counter.logQuery.bind(counter);
    const seen: Array<{ query: string; parameters: unknown[] }> = [];
    counter.logQuery = (query: string, parameters?: unknown[]) => {
      seen.push({ query, parameters: parameters ?? [] });
      logQuery(query, parameters);
    };
    try {
      await app.ok(TOTALS, { filter: { search: 'bulk-1234' } }, tenant.adminToken);
      await app.ok(TOTAL_ONLY, { filter: { status: 'DELIVERED' } }, tenant.adminToken);
    } finally {
      counter.logQuery = logQuery;
    }
    const listStatements = seen.filter((s) => /FROM "consignments" "c"/.test(s.query));
    expect(listStatements.length).toBeGreaterThanOrEqual(3);
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL enable_seqscan = off');
      for (const statement of listStatements) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${statement.query}`, statement.parameters);
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        expect(plan).not.toMatch(/Seq Scan on (consignments|orders|customers)/);
        if (/ILIKE/.test(statement.query)) {
          // (The tenant has one customer: its customers are rightly read through the tenant's index.)
          for (const index of ['consignments_reference_trgm_idx', 'consignments_container_number_trgm_idx', 'orders_reference_trgm_idx']) {
            expect(plan).toContain(index);
          }
        }
      }
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  });
});
