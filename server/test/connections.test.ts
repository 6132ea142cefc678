// Every list of the staff API that can grow has a connection beside it: paging forward gives
// the plain list's items once each, in its order, with PageInfo right on every page.
import { ADD_NOTE, ADD_PHOTO, CREATE_API_KEY, CREATE_TRACKING_LINK, CREATE_USER, RECORD_PALLET_SCANS, UPDATE_TRACKING_LINK } from './documents';
import { givenConsignment, givenTenant, platformToken, type TenantFixture } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { createTask } from './tasks';
import { doc, type TypedDocument } from './typed-document';

interface Page {
  totalCount: number;
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string } }>;
}
type Vars = { first: number; after: string | null };

const PAGE = 'totalCount pageInfo { hasPreviousPage hasNextPage startCursor endCursor } edges { cursor node { id } }';
const ARGS = '$first: Int, $after: String';
const PAGED = 'first: $first, after: $after';

const ofConsignment = (field: string, list: string, extra = '') =>
  [
    doc<{ consignment: Record<string, Page> }, Vars & { id: string }>(`query($id: ID!, ${ARGS}) { consignment(id: $id) { c: ${field}(${PAGED}${extra}) { ${PAGE} } } }`),
    doc<{ consignment: Record<string, Array<{ id: string }>> }, { id: string }>(`query($id: ID!) { consignment(id: $id) { c: ${list}${extra ? `(${extra.slice(2)})` : ''} { id } } }`),
  ] as const;
const topLevel = (field: string, list: string, extra = '') =>
  [
    doc<Record<string, Page>, Vars>(`query(${ARGS}) { c: ${field}(${PAGED}${extra}) { ${PAGE} } }`),
    doc<Record<string, Array<{ id: string }>>, Record<string, never>>(`{ c: ${list}${extra ? `(${extra.slice(2)})` : ''} { id } }`),
  ] as const;

const NOTES = ofConsignment('notesConnection', 'notes');
const CUSTOMER_NOTES = ofConsignment('notesConnection', 'notes', ', scope: CUSTOMER');
const PHOTOS = ofConsignment('photosConnection', 'photos');
const SCANS = ofConsignment('palletScansConnection', 'palletScans');
const LINKS = ofConsignment('trackingLinksConnection', 'trackingLinks');
const USERS = topLevel('usersConnection', 'users');
const API_KEYS = topLevel('apiKeysConnection', 'apiKeys');
const TENANTS = topLevel('tenantsConnection', 'tenants');
const ATTEMPTS = topLevel('loginAttemptsConnection', 'loginAttempts');
const TASKS = topLevel('contactTasksConnection', 'contactTasks');
const AUDIT = doc<{ consignment: { trackingLinks: Array<{ id: string; c: Page }> } }, Vars & { id: string }>(
  `query($id: ID!, ${ARGS}) { consignment(id: $id) { trackingLinks { id c: auditLogConnection(${PAGED}) { ${PAGE} } } } }`,
);
const AUDIT_LIST = doc<{ consignment: { trackingLinks: Array<{ id: string; auditLog: Array<{ id: string }> }> } }, { id: string }>(
  `query($id: ID!) { consignment(id: $id) { trackingLinks { id auditLog { id } } } }`,
);

/** Walks a connection from its first page to its end, two at a time, checking each page's PageInfo. */
async function walk(fetch: (after: string | null) => Promise<Page>): Promise<{ ids: string[]; shape: Array<[number, boolean, boolean]> }> {
  const pages: Page[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetch(after);
    pages.push(page);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
    expect(pages.length).toBeLessThan(50);
  }
  const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
  for (const p of pages) expect(p.totalCount).toBe(ids.length);
  return { ids, shape: pages.map((p) => [p.edges.length, p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage]) };
}

/** Pages of 2 through `connection`: the plain list's ids in its order; then a bad cursor. */
async function expectPagesOf<V extends object>(
  connection: TypedDocument<unknown, V & Vars>,
  pageOf: (data: unknown) => Page,
  list: () => Promise<string[]>,
  vars: V,
  token: string,
  count: number,
): Promise<void> {
  const { ids, shape } = await walk(async (after) => pageOf(await app.ok(connection, { ...vars, first: 2, after } as never, token)));
  expect(ids).toEqual(await list());
  expect(ids).toHaveLength(count);
  const pages = Math.ceil(count / 2);
  expect(shape).toEqual(Array.from({ length: pages }, (_, i) => [i < pages - 1 || count % 2 === 0 ? 2 : 1, i > 0, i < pages - 1]));
  const bad = await app.gql(connection, { ...vars, first: 2, after: 'bm90LWEtY3Vyc29y' } as never, token);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  const tooMany = await app.gql(connection, { ...vars, first: 101, after: null } as never, token);
  expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
}

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await givenTenant(app, { tracking: true });
});
afterAll(() => app.close());

describe("a consignment's lists", () => {
  it('notes, all of them and of one scope', async () => {
    const c = await givenConsignment(app, tenant.adminToken);
    for (let i = 0; i < 5; i++) {
      await app.ok(ADD_NOTE, { consignmentId: c.id, input: { scope: i % 2 ? 'INTERNAL' : 'CUSTOMER', text: `Note ${i}` } }, tenant.adminToken);
    }
    const list = (d: typeof NOTES[1]) => async () => (await app.ok(d, { id: c.id }, tenant.adminToken)).consignment.c.map((n) => n.id);
    await expectPagesOf(NOTES[0], (d) => (d as { consignment: { c: Page } }).consignment.c, list(NOTES[1]), { id: c.id }, tenant.adminToken, 5);
    await expectPagesOf(CUSTOMER_NOTES[0], (d) => (d as { consignment: { c: Page } }).consignment.c, list(CUSTOMER_NOTES[1]), { id: c.id }, tenant.adminToken, 3);
  });

  it('photos', async () => {
    const c = await givenConsignment(app, tenant.adminToken);
    for (let i = 0; i < 4; i++) await app.ok(ADD_PHOTO, { consignmentId: c.id, input: { url: `https://img.example/${i}.jpg` } }, tenant.adminToken);
    const list = async () => (await app.ok(PHOTOS[1], { id: c.id }, tenant.adminToken)).consignment.c.map((n) => n.id);
    await expectPagesOf(PHOTOS[0], (d) => (d as { consignment: { c: Page } }).consignment.c, list, { id: c.id }, tenant.adminToken, 4);
  });

  it('pallet scans, by scannedAt whatever order they came in', async () => {
    const c = await givenConsignment(app, tenant.adminToken);
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const scans = [30, 10, 50, 20, 40].map((m, i) => ({ clientId: `scan-${c.id}-${i}`, consignmentId: c.id, palletBarcode: `P${i}`, event: 'LOADED' as const, scannedAt: at(m) }));
    expect((await app.ok(RECORD_PALLET_SCANS, { scans }, tenant.adminToken)).recordPalletScans).toMatchObject({ accepted: 5, refused: [] });
    const list = async () => (await app.ok(SCANS[1], { id: c.id }, tenant.adminToken)).consignment.c.map((n) => n.id);
    await expectPagesOf(SCANS[0], (d) => (d as { consignment: { c: Page } }).consignment.c, list, { id: c.id }, tenant.adminToken, 5);
  });

  it('tracking links, and a link audit log', async () => {
    const c = await givenConsignment(app, tenant.adminToken); // its default link
    const { createTrackingLink: link } = await app.ok(CREATE_TRACKING_LINK, { consignmentId: c.id, input: { recipientEmail: 'a@example.com' } }, tenant.adminToken);
    await app.ok(CREATE_TRACKING_LINK, { consignmentId: c.id, input: { recipientEmail: 'b@example.com' } }, tenant.adminToken);
    const list = async () => (await app.ok(LINKS[1], { id: c.id }, tenant.adminToken)).consignment.c.map((n) => n.id);
    await expectPagesOf(LINKS[0], (d) => (d as { consignment: { c: Page } }).consignment.c, list, { id: c.id }, tenant.adminToken, 3);

    for (const recipientEmail of ['c@example.com', 'd@example.com']) await app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { recipientEmail } }, tenant.adminToken);
    const auditList = async () =>
      (await app.ok(AUDIT_LIST, { id: c.id }, tenant.adminToken)).consignment.trackingLinks.find((l) => l.id === link.id)!.auditLog.map((e) => e.id);
    const n = (await auditList()).length;
    expect(n).toBeGreaterThanOrEqual(3);
    await expectPagesOf(AUDIT, (d) => (d as { consignment: { trackingLinks: Array<{ id: string; c: Page }> } }).consignment.trackingLinks.find((l) => l.id === link.id)!.c, auditList, { id: c.id }, tenant.adminToken, n);
  });
});

describe("the tenant's lists", () => {
  it('users, by address', async () => {
    const other = await givenTenant(app);
    for (const name of ['zed', 'amy', 'kim']) {
      await app.ok(CREATE_USER, { input: { email: `${name}-${other.id}@test.local`, password: 'dispatch-pass-1', role: 'DISPATCHER' } }, other.adminToken);
    }
    const list = async () => (await app.ok(USERS[1], {}, other.adminToken)).c.map((n) => n.id);
    await expectPagesOf(USERS[0], (d) => (d as { c: Page }).c, list, {}, other.adminToken, 5);
  });

  it('API keys, newest first', async () => {
    const other = await givenTenant(app);
    for (let i = 0; i < 3; i++) await app.ok(CREATE_API_KEY, { name: `Key ${i}` }, other.adminToken);
    const list = async () => (await app.ok(API_KEYS[1], {}, other.adminToken)).c.map((n) => n.id);
    await expectPagesOf(API_KEYS[0], (d) => (d as { c: Page }).c, list, {}, other.adminToken, 3);
  });

  it('sign-ins, newest first', async () => {
    const other = await givenTenant(app);
    for (let i = 0; i < 2; i++) await app.login(other.adminEmail, 'admin-pass-1');
    const list = async () => (await app.ok(ATTEMPTS[1], {}, other.adminToken)).c.map((n) => n.id);
    await expectPagesOf(ATTEMPTS[0], (d) => (d as { c: Page }).c, list, {}, other.adminToken, 4);
    const badUser = await app.gql(doc<unknown, Record<string, never>>('{ loginAttemptsConnection(userId: "nope") { totalCount } }'), {}, other.adminToken);
    expect(badUser.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
  });

  it('contact tasks, oldest first; dispatchers may read them', async () => {
    const other = await givenTenant(app);
    for (const name of ['Picked up', 'Delivered', 'Heads-up']) {
      await createTask(app, other.adminToken, { name, level: 'CONSIGNMENT', trigger: 'CONSIGNMENT_CREATED', recipient: 'FIXED_ADDRESS', fixedEmail: 'ops@carrier.example', subject: name, body: name });
    }
    const list = async () => (await app.ok(TASKS[1], {}, other.dispatcherToken)).c.map((n) => n.id);
    await expectPagesOf(TASKS[0], (d) => (d as { c: Page }).c, list, {}, other.dispatcherToken, 3);
  });

  it('tenants, by name, platform admins only', async () => {
    const platform = await platformToken(app);
    const count = (await app.ok(TENANTS[1], {}, platform)).c.length;
    const list = async () => (await app.ok(TENANTS[1], {}, platform)).c.map((n) => n.id);
    await expectPagesOf(TENANTS[0], (d) => (d as { c: Page }).c, list, {}, platform, count);
    const refused = await app.gql(TENANTS[0], { first: 2, after: null }, tenant.adminToken);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
