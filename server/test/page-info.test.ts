// PageInfo per the Relay connection specification, on every connection of the staff API:
// hasPreviousPage and startCursor beside hasNextPage and endCursor, page after page.
import { CREATE_ORDER } from './documents';
import { consignmentInput, givenConsignments, givenDriver, givenTenant, type TenantFixture } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { doc } from './typed-document';
import { givenEndpoint, SEND_TEST_WEBHOOK } from './webhooks';

interface PageInfo {
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page<N extends { id: string } = { id: string }> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: Array<{ cursor: string; node: N }>;
}

const PAGE = 'totalCount pageInfo { hasPreviousPage hasNextPage startCursor endCursor } edges { cursor node { id } }';

const CONSIGNMENTS = doc<{ consignments: Page }, { first: number; after: string | null; filter?: { status?: string } }>(
  `query($first: Int, $after: String, $filter: ConsignmentFilter) { consignments(first: $first, after: $after, filter: $filter) { ${PAGE} } }`,
);
const DELIVERIES = doc<{ webhookDeliveries: Page }, { endpointId: string; first: number; after: string | null }>(
  `query($endpointId: ID!, $first: Int, $after: String) { webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) { ${PAGE} } }`,
);

const DRIVERS = doc<{ driversConnection: Page<{ id: string; name: string }> }, { first: number; after: string | null }>(
  `query($first: Int, $after: String) { driversConnection(first: $first, after: $after) { ${PAGE.replace('node { id }', 'node { id name }')} } }`,
);
const CUSTOMERS = doc<{ customersConnection: Page<{ id: string; name: string }> }, { first: number; after: string | null }>(
  `query($first: Int, $after: String) { customersConnection(first: $first, after: $after) { ${PAGE.replace('node { id }', 'node { id name }')} } }`,
);
const DRIVER_LIST = doc<{ drivers: Array<{ id: string }> }>('{ drivers { id } }');
const CUSTOMER_LIST = doc<{ customers: Array<{ id: string }> }>('{ customers { id } }');

/** Walks a connection from its first page to its end, checking each page's PageInfo. */
async function walk<N extends { id: string }>(fetch: (after: string | null) => Promise<Page<N>>): Promise<{ ids: string[]; pages: Array<Page<N>> }> {
  const pages: Array<Page<N>> = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetch(after);
    pages.push(page);
    const { pageInfo, edges } = page;
    expect(pageInfo.hasPreviousPage).toBe(after !== null);
    expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
    expect(pageInfo.endCursor).toBe(edges[edges.length - 1]?.cursor ?? null);
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  return { ids: pages.flatMap((p) => p.edges.map((e) => e.node.id)), pages };
}

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await givenTenant(app);
});
afterAll(() => app.close());

describe('PageInfo', () => {
  it('consignments: pages of 2 out of 5, then past the end an empty page that still has a previous one', async () => {
    await givenConsignments(app, tenant.adminToken, 5);
    const fetch = async (after: string | null) => (await app.ok(CONSIGNMENTS, { first: 2, after }, tenant.adminToken)).consignments;
    const { ids, pages } = await walk(fetch);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(pages.map((p) => [p.edges.length, p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage])).toEqual([
      [2, false, true],
      [2, true, true],
      [1, true, false],
    ]);
    const beyond = await fetch(pages[2].pageInfo.endCursor);
    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false, startCursor: null, endCursor: null });
    // A page size that holds everything: one page, nothing before or after it.
    const all = await app.ok(CONSIGNMENTS, { first: 100, after: null }, tenant.adminToken);
    expect(all.consignments.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: false });
  });

  it('consignments: hasPreviousPage counts only what the filter lets through', async () => {
    const other = await givenTenant(app);
    await givenConsignments(app, other.adminToken, 3, { status: 'PLANNED' });
    const [draft] = await givenConsignments(app, other.adminToken, 1);
    // Newest first: the DRAFT one leads the unfiltered list; PLANNED ones have none before them.
    const all = await app.ok(CONSIGNMENTS, { first: 1, after: null }, other.adminToken);
    expect(all.consignments.edges[0].node.id).toBe(draft.id);
    const planned = await app.ok(CONSIGNMENTS, { first: 1, after: all.consignments.pageInfo.endCursor, filter: { status: 'PLANNED' } }, other.adminToken);
    expect(planned.consignments.edges).toHaveLength(1);
    expect(planned.consignments.pageInfo.hasPreviousPage).toBe(false);
    const next = await app.ok(CONSIGNMENTS, { first: 1, after: planned.consignments.pageInfo.endCursor, filter: { status: 'PLANNED' } }, other.adminToken);
    expect(next.consignments.pageInfo.hasPreviousPage).toBe(true);
  });

  it("webhook deliveries: an endpoint's deliveries, pages of 2 out of 3", async () => {
    const { endpoint } = await givenEndpoint(app, tenant.adminToken, { url: 'http://127.0.0.1:9/hook', eventTypes: ['CONSIGNMENT_CREATED'] });
    for (let i = 0; i < 3; i++) await app.ok(SEND_TEST_WEBHOOK, { endpointId: endpoint.id }, tenant.adminToken);
    const fetch = async (after: string | null) =>
      (await app.ok(DELIVERIES, { endpointId: endpoint.id, first: 2, after }, tenant.adminToken)).webhookDeliveries;
    const { ids, pages } = await walk(fetch);
    expect(new Set(ids).size).toBe(3);
    expect(pages.map((p) => [p.edges.length, p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage])).toEqual([
      [2, false, true],
      [1, true, false],
    ]);
  });

  it('drivers: the list drivers gives, a page at a time by name, names that tie included', async () => {
    const other = await givenTenant(app);
    for (const name of ['Noor', 'Anna', 'Jan', 'Anna', 'Bram']) await givenDriver(app, other.adminToken, name);
    const fetch = async (after: string | null) => (await app.ok(DRIVERS, { first: 2, after }, other.adminToken)).driversConnection;
    const { ids, pages } = await walk(fetch);
    expect(pages.map((p) => p.totalCount)).toEqual([5, 5, 5]);
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.name))).toEqual(['Anna', 'Anna', 'Bram', 'Jan', 'Noor']);
    // The same drivers as the plain list (which orders ties by nothing in particular).
    expect(new Set(ids)).toEqual(new Set((await app.ok(DRIVER_LIST, {}, other.adminToken)).drivers.map((d) => d.id)));
    expect(new Set(ids).size).toBe(5);
  });

  it('customers: the list customers gives, a page at a time by name regardless of case', async () => {
    const other = await givenTenant(app);
    for (const customerName of ['delta Freight', 'Alpha Foods', 'charlie Retail', 'Bravo Parts']) {
      await app.ok(CREATE_ORDER, { input: { reference: `ORD-${customerName}`, customerName, consignments: [consignmentInput()] } }, other.adminToken);
    }
    const fetch = async (after: string | null) => (await app.ok(CUSTOMERS, { first: 3, after }, other.adminToken)).customersConnection;
    const { ids, pages } = await walk(fetch);
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.name))).toEqual(['Alpha Foods', 'Bravo Parts', 'charlie Retail', 'delta Freight']);
    expect(new Set(ids)).toEqual(new Set((await app.ok(CUSTOMER_LIST, {}, other.adminToken)).customers.map((c) => c.id)));
    const bad = await app.gql(CUSTOMERS, { first: 3, after: 'bm90LWEtY3Vyc29y' }, other.adminToken);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
