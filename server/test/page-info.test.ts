// PageInfo per the Relay connection specification, on every connection of the staff API:
// hasPreviousPage and startCursor beside hasNextPage and endCursor, page after page.
import { givenConsignments, givenTenant, type TenantFixture } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { doc } from './typed-document';
import { givenEndpoint, SEND_TEST_WEBHOOK } from './webhooks';

interface PageInfo {
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page {
  totalCount: number;
  pageInfo: PageInfo;
  edges: Array<{ cursor: string; node: { id: string } }>;
}

const PAGE = 'totalCount pageInfo { hasPreviousPage hasNextPage startCursor endCursor } edges { cursor node { id } }';

const CONSIGNMENTS = doc<{ consignments: Page }, { first: number; after: string | null; filter?: { status?: string } }>(
  `query($first: Int, $after: String, $filter: ConsignmentFilter) { consignments(first: $first, after: $after, filter: $filter) { ${PAGE} } }`,
);
const DELIVERIES = doc<{ webhookDeliveries: Page }, { endpointId: string; first: number; after: string | null }>(
  `query($endpointId: ID!, $first: Int, $after: String) { webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) { ${PAGE} } }`,
);

/** Walks a connection from its first page to its end, checking each page's PageInfo. */
async function walk(fetch: (after: string | null) => Promise<Page>): Promise<{ ids: string[]; pages: Page[] }> {
  const pages: Page[] = [];
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
});
