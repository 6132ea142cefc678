import { REVOKE_TRACKING_LINK, SET_CONSIGNMENT_STATUS } from '../../../test/documents';
import { givenConsignments, givenTenant, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { doc } from '../../../test/typed-document';

// The list reads its page, capped total, stops, links and orders in one statement, with its
// times as text; a single consignment resolves the same fields through the loaders' own
// statements, with its times as Dates. Both must answer the same JSON, byte for byte.

const ROW = `
  id reference status deliveryDetectedAt customerReference containerNumber transportService vehiclePlate
  createdAt updatedAt price cost internalNotes allowedNextStatuses
  order { id reference createdAt updatedAt customer { id name email } }
  stops {
    id sequence type name address latitude longitude timezone reference plannedArrival plannedWindowEnd
    estimatedArrival etaEarliest etaLatest actualArrival arrivalSource actualDeparture departureSource
    geofenceRadiusM lateByMinutes lateEpisodes contactName contactEmail contactPhone
  }
  trackingLinks { id url status expiresAt explicitExpiresAt photoIds }`;

type Node = { id: string } & Record<string, unknown>;
type Page = {
  consignments: {
    total: { count: number; capped: boolean };
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{ cursor: string; node: Node }>;
  };
};
type Filter = { search?: string; status?: string; orderId?: string };

const LIST = doc<Page, { first?: number; after?: string | null; filter?: Filter }>(`query ($first: Int, $after: String, $filter: ConsignmentFilter) {
  consignments(first: $first, after: $after, filter: $filter) {
    total { count capped }
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { ${ROW} } }
  }
}`);

const ONE = doc<{ consignment: Node | null }, { id: string }>(`query ($id: ID!) { consignment(id: $id) { ${ROW} } }`);

/** Without the list's children: the page alone, with only the total. */
const BARE = doc<{ consignments: { total: { count: number; capped: boolean }; edges: Array<{ node: { id: string; updatedAt: string } }> } }, { first?: number; filter?: Filter }>(
  `query ($first: Int, $filter: ConsignmentFilter) { consignments(first: $first, filter: $filter) { total { count capped } edges { node { id updatedAt } } } }`,
);

let app: TestApp;
let t: TenantFixture;
let other: TenantFixture;
let orderId: string;
beforeAll(async () => {
  app = await startTestApp();
  t = await givenTenant(app, { tracking: true });
  other = await givenTenant(app, { tracking: true });
  const first = await givenConsignments(app, t.adminToken, 12);
  await givenConsignments(app, t.adminToken, 9, { containerNumber: 'MSCU1234565' });
  await givenConsignments(app, other.adminToken, 4);
  orderId = (await app.sql<{ order_id: string }>('SELECT order_id FROM consignments WHERE id = $1', [first[0].id]))[0].order_id;
  // Times with microseconds (the API's are milliseconds), internal fields, a revoked link, statuses.
  await app.sql(
    `UPDATE stops SET actual_arrival = '2026-03-04 05:06:07.891999+00', late_by_minutes = 17, late_episodes = 2
      WHERE consignment_id IN (SELECT id FROM consignments WHERE tenant_id = $1) AND sequence = 1`,
    [t.id],
  );
  await app.sql(`UPDATE consignments SET price = 12.50, cost = 3.10, internal_notes = 'fragile', delivery_detected_at = '2026-03-04 05:06:07.000001+00' WHERE id = $1`, [first[6].id]);
  const links = await app.sql<{ id: string }>('SELECT l.id FROM tracking_links l JOIN consignments c ON c.id = l.consignment_id WHERE c.tenant_id = $1 LIMIT 2', [t.id]);
  for (const { id } of links) await app.ok(REVOKE_TRACKING_LINK, { linkId: id }, t.adminToken);
  for (const c of first.slice(0, 5)) await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'TO_PLAN' }, t.adminToken);
});
afterAll(() => app.close());

/** Every page of the list under `filter`, `first` at a time; each node checked against the single read. */
async function walk(filter: Filter | undefined, first: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  let previous = false;
  for (;;) {
    const { consignments }: Page = await app.ok(LIST, { first, after, filter }, t.adminToken);
    expect(consignments.total).toEqual({ count: consignments.totalCount, capped: false });
    expect(consignments.pageInfo.hasPreviousPage).toBe(previous);
    for (const { cursor, node } of consignments.edges) {
      const { consignment } = await app.ok(ONE, { id: node.id }, t.adminToken);
      expect(JSON.stringify(node)).toBe(JSON.stringify(consignment));
      expect(cursor).toBe(Buffer.from(`c:${node.id}`).toString('base64url'));
      seen.push(node.id);
    }
    expect(consignments.pageInfo.startCursor).toBe(consignments.edges[0]?.cursor ?? null);
    expect(consignments.pageInfo.endCursor).toBe(consignments.edges.at(-1)?.cursor ?? null);
    if (!consignments.pageInfo.hasNextPage) return seen;
    after = consignments.pageInfo.endCursor;
    previous = true;
  }
}

/** The ids the database holds for the tenant under `where`, newest first (the list's order). */
const expected = async (where: string, values: unknown[] = []) =>
  (
    await app.sql<{ id: string }>(
      `SELECT c.id FROM consignments c WHERE c.tenant_id = $1 AND c.deleted_at IS NULL AND ${where} ORDER BY c.created_at DESC, c.id DESC`,
      [t.id, ...values],
    )
  ).map((r) => r.id);

describe('the list in one statement', () => {
  it('answers every row as the single consignment does, page after page, unfiltered', async () => {
    expect(await walk(undefined, 5)).toEqual(await expected('true'));
  });

  it('answers the same under a status filter, an order filter and searches', async () => {
    expect(await walk({ status: 'TO_PLAN' }, 2)).toEqual(await expected("c.status = 'TO_PLAN'"));
    expect(await walk({ orderId }, 7)).toEqual(await expected('c.order_id = $2', [orderId]));
    expect(await walk({ search: 'MSCU1234' }, 4)).toEqual(await expected("c.container_number LIKE 'MSCU1234%'"));
    expect(await walk({ search: 'acme' }, 25)).toEqual(await expected('true'));
  });

  it('answers an empty page with its total, and none of another tenant', async () => {
    const none = await app.ok(LIST, { first: 5, filter: { search: 'no-such-consignment' } }, t.adminToken);
    expect(none.consignments).toEqual({
      total: { count: 0, capped: false },
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
    // After the last row: no rows, but the rows before it and the total are still told.
    const all = await expected('true');
    const last = Buffer.from(`c:${all.at(-1)}`).toString('base64url');
    const after = await app.ok(LIST, { first: 5, after: last }, t.adminToken);
    expect(after.consignments.edges).toEqual([]);
    expect(after.consignments.total).toEqual({ count: all.length, capped: false });
    expect(after.consignments.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const theirs = await app.ok(LIST, { first: 100 }, other.adminToken);
    expect(theirs.consignments.total.count).toBe(4);
    expect(theirs.consignments.edges.every((e) => !all.includes(e.node.id))).toBe(true);
  });

  it('sends its times as the API always has: milliseconds, truncated, Z', async () => {
    const { consignments } = await app.ok(LIST, { first: 100 }, t.adminToken);
    const stops = consignments.edges.flatMap((e) => e.node.stops as Array<{ sequence: number; actualArrival: string | null }>);
    expect(stops.filter((s) => s.sequence === 1).every((s) => s.actualArrival === '2026-03-04T05:06:07.891Z')).toBe(true);
    expect(consignments.edges.some((e) => e.node.deliveryDetectedAt === '2026-03-04T05:06:07.000Z' && e.node.price === '12.50' && e.node.internalNotes === 'fragile')).toBe(true);
    const statuses = consignments.edges.flatMap((e) => (e.node.trackingLinks as Array<{ status: string }>).map((l) => l.status));
    expect(statuses.filter((s) => s === 'REVOKED')).toHaveLength(2);
    expect(statuses.filter((s) => s === 'ACTIVE')).toHaveLength(statuses.length - 2);
  });

  it("reads only the stops' fields it shows, and the same request's other reads of those stops get whole ones", async () => {
    const all = await expected('true');
    type Mixed = {
      consignments: { edges: Array<{ node: { id: string; stops: Array<{ id: string; n: string }>; again: Array<{ sequence: number }> } }> };
      one: { stops: Array<Record<string, unknown>> } | null;
    };
    const MIXED = doc<Mixed, { id: string }>(`query ($id: ID!) {
      consignments(first: 100) { edges { node { id stops { id n: name } again: stops { ...Seq } } } }
      one: consignment(id: $id) { stops { ${ROW.slice(ROW.indexOf('stops {') + 7, ROW.indexOf('}', ROW.indexOf('stops {')))} } }
    }
    fragment Seq on Stop { sequence }`);
    const mixed = await app.ok(MIXED, { id: all[0] }, t.adminToken);
    const single = await app.ok(ONE, { id: all[0] }, t.adminToken);
    expect(JSON.stringify(mixed.one?.stops)).toBe(JSON.stringify(single.consignment?.stops));
    const first = mixed.consignments.edges.find((e) => e.node.id === all[0])!;
    const stops = single.consignment!.stops as Array<{ id: string; name: string; sequence: number }>;
    expect(first.node.stops).toEqual(stops.map((s) => ({ id: s.id, n: s.name })));
    expect(first.node.again).toEqual(stops.map((s) => ({ sequence: s.sequence })));
    expect(mixed.consignments.edges.map((e) => e.node.id)).toEqual(all);
  });

  it('reads only the columns the fields shown need: every field of a row, its stops, links, order and customer, asked alone, answers as the single read does', async () => {
    type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
    type Introspected = { __type: { fields: Array<{ name: string; args: Array<{ type: TypeRef; defaultValue: string | null }>; type: TypeRef }> } };
    const TYPE = doc<Introspected, { name: string }>(`query ($name: String!) { __type(name: $name) {
      fields { name args { defaultValue type { kind name ofType { kind name } } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
    } }`);
    const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
    /** Every field of the type a query can ask without arguments, as a selection of it alone. */
    const fieldsOf = async (type: string) =>
      (await app.ok(TYPE, { name: type }, t.adminToken)).__type.fields
        .filter((f) => f.args.every((a) => a.type.kind !== 'NON_NULL' || a.defaultValue !== null))
        .map((f) => (named(f.type).kind === 'OBJECT' ? `${f.name} { __typename }` : f.name));
    const selections = [
      ...(await fieldsOf('Consignment')).map((f) => `id ${f}`),
      ...(await fieldsOf('Stop')).map((f) => `id stops { id ${f} }`),
      ...(await fieldsOf('TrackingLink')).map((f) => `id trackingLinks { id ${f} }`),
      ...(await fieldsOf('Order')).map((f) => `id order { id ${f} }`),
      ...(await fieldsOf('Customer')).map((f) => `id order { id customer { id ${f} } }`),
    ];
    expect(selections.length).toBeGreaterThan(60);
    const ids = await expected('true');
    for (const selection of selections) {
      const listed = await app.ok(doc<{ consignments: { edges: Array<{ node: Node }> } }, Record<string, never>>(`{ consignments(first: 25) { edges { node { ${selection} } } } }`), {}, t.adminToken);
      // The single reads ten to a request (the API's limit of aliases).
      const singles: Record<string, Node> = {};
      for (let from = 0; from < ids.length; from += 10) {
        const part = ids.slice(from, from + 10).map((id, i) => `c${from + i}: consignment(id: "${id}") { ${selection} }`);
        Object.assign(singles, await app.ok(doc<Record<string, Node>, Record<string, never>>(`{ ${part.join(' ')} }`), {}, t.adminToken));
      }
      expect({ selection, rows: listed.consignments.edges.map((e) => JSON.stringify(e.node)) }).toEqual({ selection, rows: ids.map((_, i) => JSON.stringify(singles[`c${i}`])) });
    }
  });

  it('reads only what is asked: the page and its total alone in one statement, the same rows', async () => {
    const before = app.server.db.queries.inRequests;
    const bare = await app.ok(BARE, { first: 100 }, t.adminToken);
    expect(app.server.db.queries.inRequests - before).toBe(2);
    const full = await app.ok(LIST, { first: 100 }, t.adminToken);
    expect(bare.consignments.total).toEqual(full.consignments.total);
    expect(bare.consignments.edges.map((e) => e.node)).toEqual(full.consignments.edges.map((e) => ({ id: e.node.id, updatedAt: e.node.updatedAt })));
  });
});
