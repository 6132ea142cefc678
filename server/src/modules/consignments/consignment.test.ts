import {
  ADD_NOTE,
  ADD_PHOTO,
  ASSIGN_DRIVER,
  COUNT_CONSIGNMENTS,
  CREATE_ORDER,
  DEFINE_CUSTOM_FIELD,
  DELETE_CONSIGNMENT,
  FIND_CONSIGNMENT,
  RECORD_PALLET_SCANS,
  REPORT_POSITIONS,
  SET_CONSIGNMENT_STATUS,
  UPDATE_CONSIGNMENT,
  UPDATE_STOP,
  REVOKE_TRACKING_LINK,
  type ConsignmentInput,
  type ConsignmentStatus,
  type CreateOrderInput,
} from '../../../test/documents';
import { consignmentInput, givenConsignment, givenConsignments, givenDriver, givenTenant, stop, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type GqlResult, type TestApp } from '../../../test/harness';
import { doc, type DataOf } from '../../../test/typed-document';

/** The admin console's list document (web: consignmentsQuery.ts, ConsignmentRow), as it asks it. */
const CONSOLE_LIST = doc<
  {
    consignments: {
      total: { count: number; capped: boolean };
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      edges: Array<{
        cursor: string;
        node: {
          id: string;
          reference: string;
          status: string;
          updatedAt: string;
          order: { id: string; reference: string; customer: { id: string; name: string } | null };
          stops: Array<{ id: string; type: string; name: string; actualArrival: string | null; lateByMinutes: number | null; lateEpisodes: number }>;
          trackingLinks: Array<{ id: string; status: string; expiresAt: string }>;
        };
      }>;
    };
  },
  { first?: number; after?: string | null; filter?: { search?: string; status?: string } }
>(`query ($first: Int, $after: String, $filter: ConsignmentFilter) {
  consignments(first: $first, after: $after, filter: $filter) {
    total { count capped }
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node {
      id reference status deliveryDetectedAt customerReference updatedAt
      order { id reference customer { id name } }
      stops { id type name actualArrival lateByMinutes lateEpisodes }
      trackingLinks { id status expiresAt }
    } }
  }
}`);

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await givenTenant(app);
});
afterAll(() => app.close());

const countRows = async (table: string) => Number((await app.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
const TABLES = ['orders', 'consignments', 'stops', 'cargo_lines'];
const countAll = async () => {
  const counts: number[] = [];
  for (const table of TABLES) counts.push(await countRows(table));
  return counts;
};

const CREATE_ORDER_READ_BACK = doc<
  {
    createOrder: {
      reference: string;
      customer: { name: string; email: string | null } | null;
      consignments: Array<{
        reference: string;
        status: ConsignmentStatus;
        containerNumber: string | null;
        extraFields: Array<{ key: string; value: string }>;
        stops: Array<{ type: string; name: string; timezone: string; latitude: number; plannedArrival: string | null }>;
        cargo: Array<{ description: string; quantity: number; packagingType: string; weightKg: number | null }>;
      }>;
    };
  },
  { input: CreateOrderInput }
>(`mutation($input: CreateOrderInput!) {
  createOrder(input: $input) {
    reference customer { name email }
    consignments { reference status containerNumber extraFields { key value }
      stops { type name timezone latitude plannedArrival } cargo { description quantity packagingType weightKg } }
  }
}`);

const PAGE_OF_IDS = doc<
  { consignments: { totalCount: number; edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { after: string | null }
>('query($after: String) { consignments(first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }');

const LIST_WITH_STOPS = doc<
  {
    consignments: {
      totalCount: number;
      edges: Array<{ node: { id: string; reference: string; stops: Array<{ name: string; estimatedArrival: string | null }>; cargo: Array<{ quantity: number }>; order: { reference: string } } }>;
    };
  },
  { first: number }
>('query($first: Int) { consignments(first: $first) { totalCount edges { node { id reference stops { name estimatedArrival } cargo { quantity } order { reference } } } } }');

const FIND_TENANT = doc<{ tenant: { id: string } | null }, { id: string }>('query($id: ID!) { tenant(id: $id) { id } }');

const DETAILS = doc<
  {
    consignment: {
      customer: Array<{ text: string }>;
      all: Array<{ scope: string }>;
      photos: Array<{ caption: string | null; customerVisible: boolean }>;
      customFields: Array<{ key: string; label: string; value: string }>;
    } | null;
  },
  { id: string }
>(`query($id: ID!) { consignment(id: $id) {
  customer: notes(scope: CUSTOMER) { text } all: notes { scope } photos { caption customerVisible } customFields { key label value }
} }`);

describe('createOrder', () => {
  it('writes the order, its consignments, stops and cargo, and reads them back', async () => {
    const { createOrder } = await app.ok(
      CREATE_ORDER_READ_BACK,
      {
        input: {
          reference: 'ORD-1',
          customerName: 'Acme Foods',
          customerEmail: 'orders@acme.example',
          consignments: [
            consignmentInput({ reference: 'CN-A', containerNumber: 'MSKU1234565', extraFields: [{ key: 'Dock', value: '4' }] }),
            consignmentInput({ reference: 'CN-B', status: 'PLANNED' }),
          ],
        },
      },
      tenant.adminToken,
    );
    expect(createOrder.reference).toBe('ORD-1');
    expect(createOrder.customer).toEqual({ name: 'Acme Foods', email: 'orders@acme.example' });
    expect(createOrder.consignments.map((c) => [c.reference, c.status])).toEqual([
      ['CN-A', 'DRAFT'],
      ['CN-B', 'PLANNED'],
    ]);
    const a = createOrder.consignments[0];
    expect(a.containerNumber).toBe('MSKU1234565');
    expect(a.extraFields).toEqual([{ key: 'Dock', value: '4' }]);
    expect(a.stops.map((s) => [s.type, s.timezone])).toEqual([
      ['PICKUP', 'Europe/Amsterdam'],
      ['DELIVERY', 'Europe/Berlin'],
    ]);
    expect(a.cargo).toEqual([{ description: 'Pallets of tiles', quantity: 4, packagingType: 'PALLET', weightKg: 1200 }]);
  });

  it('refuses a second order with the same reference as a CONFLICT', async () => {
    const input = { reference: 'ORD-DUP', consignments: [consignmentInput()] };
    await app.ok(CREATE_ORDER, { input }, tenant.adminToken);
    const res = await app.gql(CREATE_ORDER, { input: { ...input, consignments: [consignmentInput()] } }, tenant.adminToken);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.reference' });
  });
});

describe('bad input names the field and writes nothing', () => {
  const cases: Array<[string, Partial<ConsignmentInput>, string]> = [
    ['no pickup stop', { stops: [stop('DELIVERY'), stop('DELIVERY')] }, 'input.consignments[0].stops'],
    ['no delivery stop', { stops: [stop('PICKUP')] }, 'input.consignments[0].stops'],
    ['latitude 200', { stops: [stop('PICKUP', { latitude: 200 }), stop('DELIVERY')] }, 'input.consignments[0].stops[0].latitude'],
    ['longitude -181', { stops: [stop('PICKUP'), stop('DELIVERY', { longitude: -181 })] }, 'input.consignments[0].stops[1].longitude'],
    ['unknown timezone', { stops: [stop('PICKUP', { timezone: 'Europe/Atlantis' }), stop('DELIVERY')] }, 'input.consignments[0].stops[0].timezone'],
    ['invalid email', { stops: [stop('PICKUP'), stop('DELIVERY', { contactEmail: 'not-an-email' })] }, 'input.consignments[0].stops[1].contactEmail'],
    ['zero quantity', { cargo: [{ description: 'x', quantity: 0, packagingType: 'BOX' }] }, 'input.consignments[0].cargo[0].quantity'],
    ['empty reference', { reference: '  ' }, 'input.consignments[0].reference'],
    ['unknown custom field', { customFields: [{ key: 'nope', value: 'x' }] }, 'input.consignments[0].customFields[0].key'],
  ];

  it.each(cases)('%s', async (_name, overrides, field) => {
    const before = await countAll();
    const res = await app.gql(
      CREATE_ORDER,
      { input: { reference: `ORD-bad-${field}`, customerName: 'New Customer Ltd', consignments: [consignmentInput(), consignmentInput(overrides)].slice(1) } },
      tenant.adminToken,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toContain(field);
    expect(await countAll()).toEqual(before);
    expect(await app.sql("SELECT 1 FROM customers WHERE name = 'New Customer Ltd'")).toHaveLength(0);
  });

  it('an error in the second consignment leaves the first unwritten too', async () => {
    const before = await countRows('consignments');
    const res = await app.gql(
      CREATE_ORDER,
      { input: { reference: 'ORD-half', consignments: [consignmentInput(), consignmentInput({ stops: [stop('PICKUP', { latitude: 91 }), stop('DELIVERY')] })] } },
      tenant.adminToken,
    );
    expect(res.errors?.[0].extensions?.field).toBe('input.consignments[1].stops[0].latitude');
    expect(await countRows('consignments')).toBe(before);
  });

  it('an unknown enum value is refused by GraphQL, naming the value and the path', async () => {
    const res = await app.gql(
      CREATE_ORDER,
      { input: { reference: 'ORD-enum', consignments: [consignmentInput({ stops: [stop('PICKUP', { type: 'TELEPORT' }), stop('DELIVERY')] })] } },
      tenant.adminToken,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/TELEPORT/);
    expect(res.errors?.[0].message).toMatch(/stops\[0\]\.type/);
  });
});

describe('status lifecycle', () => {
  const setStatus = (consignmentId: string, status: ConsignmentStatus) => app.gql(SET_CONSIGNMENT_STATUS, { consignmentId, status }, tenant.dispatcherToken);

  it('walks DRAFT → TO_PLAN → PLANNED → IN_TRANSIT → DELIVERED', async () => {
    const c = await givenConsignment(app, tenant.adminToken);
    for (const status of ['TO_PLAN', 'PLANNED', 'IN_TRANSIT', 'DELIVERED'] as const) {
      const res = await setStatus(c.id, status);
      expect(res.data?.setConsignmentStatus.status).toBe(status);
    }
    expect((await setStatus(c.id, 'DELIVERED')).data?.setConsignmentStatus.allowedNextStatuses).toEqual([]);
  });

  it('refuses skipping a step, going back, and leaving DELIVERED or CANCELLED, with a clear error', async () => {
    const c = await givenConsignment(app, tenant.adminToken);
    const skip = await setStatus(c.id, 'IN_TRANSIT');
    expect(skip.errors?.[0]).toMatchObject({
      message: 'status: a DRAFT consignment cannot become IN_TRANSIT; it can become TO_PLAN or CANCELLED',
      extensions: { code: 'BAD_USER_INPUT', field: 'status', reason: 'INVALID_TRANSITION' },
    });
    await setStatus(c.id, 'TO_PLAN');
    expect((await setStatus(c.id, 'DRAFT')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await setStatus(c.id, 'CANCELLED')).data?.setConsignmentStatus.status).toBe('CANCELLED');
    expect((await setStatus(c.id, 'PLANNED')).errors?.[0].message).toMatch(/CANCELLED is final/);
    const d = await givenConsignment(app, tenant.adminToken, { status: 'IN_TRANSIT' });
    await setStatus(d.id, 'DELIVERED');
    expect((await setStatus(d.id, 'CANCELLED')).errors?.[0].message).toMatch(/DELIVERED is final/);
    expect((await app.sql('SELECT status FROM consignments WHERE id = $1', [d.id]))[0].status).toBe('DELIVERED');
  });
});

describe('updatedAt', () => {
  const updatedAt = async (id: string) => (await app.sql<{ updated_at: Date }>('SELECT updated_at FROM consignments WHERE id = $1', [id]))[0].updated_at.getTime();

  it('moves on every change of the consignment and of its stops, cargo, notes, photos and scans', async () => {
    const c = await givenConsignment(app, tenant.adminToken);
    const driver = await givenDriver(app, tenant.adminToken);
    const steps: Array<[string, () => Promise<unknown>]> = [
      ['field', () => app.ok(UPDATE_CONSIGNMENT, { consignmentId: c.id, input: { customerReference: 'PO-9' } }, tenant.adminToken)],
      ['status', () => app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'TO_PLAN' }, tenant.adminToken)],
      ['stop ETA', () => app.ok(UPDATE_STOP, { stopId: c.stops[1].id, input: { estimatedArrival: '2030-01-01T10:00:00Z' } }, tenant.adminToken)],
      ['cargo', () => app.ok(UPDATE_CONSIGNMENT, { consignmentId: c.id, input: { cargo: [{ description: 'Boxes', quantity: 2, packagingType: 'BOX' }] } }, tenant.adminToken)],
      ['note', () => app.ok(ADD_NOTE, { consignmentId: c.id, input: { scope: 'CUSTOMER', text: 'Ring the bell' } }, tenant.adminToken)],
      ['photo', () => app.ok(ADD_PHOTO, { consignmentId: c.id, input: { url: 'https://img.example/1.jpg', customerVisible: true } }, tenant.adminToken)],
      ['driver', () => app.ok(ASSIGN_DRIVER, { consignmentId: c.id, driverId: driver.id }, tenant.adminToken)],
      [
        'scan',
        () =>
          app.ok(
            RECORD_PALLET_SCANS,
            { scans: [{ clientId: `u-${c.id}`, consignmentId: c.id, palletBarcode: 'P1', event: 'LOADED', scannedAt: new Date().toISOString() }] },
            driver.token,
          ),
      ],
    ];
    let last = await updatedAt(c.id);
    for (const [name, step] of steps) {
      await step();
      const now = await updatedAt(c.id);
      expect({ name, moved: now > last }).toEqual({ name, moved: true });
      last = now;
    }
  });
});

describe('consignments connection', () => {
  it('pages with cursors, filters by status and searches text', async () => {
    const other = await givenTenant(app);
    await givenConsignments(app, other.adminToken, 5);
    await givenConsignments(app, other.adminToken, 2, { status: 'PLANNED', containerNumber: 'ZZZU7777777' });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { consignments }: DataOf<typeof PAGE_OF_IDS> = await app.ok(PAGE_OF_IDS, { after }, other.adminToken);
      expect(consignments.totalCount).toBe(7);
      seen.push(...consignments.edges.map((e) => e.node.id));
      if (!consignments.pageInfo.hasNextPage) break;
      after = consignments.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const planned = await app.ok(COUNT_CONSIGNMENTS, { first: 10, filter: { status: 'PLANNED' } }, other.adminToken);
    expect(planned.consignments.totalCount).toBe(2);
    const search = await app.ok(COUNT_CONSIGNMENTS, { first: 10, filter: { search: 'zzzu77' } }, other.adminToken);
    expect(search.consignments.totalCount).toBe(2);
    const byCustomer = await app.ok(COUNT_CONSIGNMENTS, { first: 10, filter: { search: 'acme' } }, other.adminToken);
    expect(byCustomer.consignments.totalCount).toBe(7);
    const bad = await app.gql(COUNT_CONSIGNMENTS, { first: 1000 }, other.adminToken);
    expect(bad.errors?.[0].extensions?.field).toBe('first');
  });

  it('sends the same number of SQL statements for 10, 50 and 100 consignments with stops', async () => {
    const big = await givenTenant(app);
    for (let i = 0; i < 4; i++) await givenConsignments(app, big.adminToken, 25);
    const counts: number[] = [];
    for (const first of [10, 50, 100]) {
      const before = app.server.db.queries.inRequests;
      const { consignments } = await app.ok(LIST_WITH_STOPS, { first }, big.adminToken);
      counts.push(app.server.db.queries.inRequests - before);
      expect(consignments.edges).toHaveLength(first);
    }
    // The session, the page with its stops and orders, the exact count and the cargo.
    expect(counts[0]).toBeLessThanOrEqual(4);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });

  it("answers the console's list (order, customer, stops, links, capped total) in two statements at any page size", async () => {
    const t = await givenTenant(app, { tracking: true });
    const made = await givenConsignments(app, t.adminToken, 30);
    const newestFirst = made.map((c) => c.id).sort().reverse();
    // One link revoked: its status comes from the same read as the others' expiry.
    const [{ id: revokedLink }] = (await app.ok(CONSOLE_LIST, { first: 1 }, t.adminToken)).consignments.edges[0].node.trackingLinks;
    await app.ok(REVOKE_TRACKING_LINK, { linkId: revokedLink }, t.adminToken);
    const counts: number[] = [];
    for (const first of [5, 25]) {
      const before = app.server.db.queries.inRequests;
      const { consignments } = await app.ok(CONSOLE_LIST, { first }, t.adminToken);
      counts.push(app.server.db.queries.inRequests - before);
      expect(consignments.total).toEqual({ count: 30, capped: false });
      expect(consignments.edges).toHaveLength(first);
      // Made in one transaction, so at one time: newest first is then by id, descending.
      expect(consignments.edges.map((e) => e.node.id)).toEqual(newestFirst.slice(0, first));
      for (const [i, { node }] of consignments.edges.entries()) {
        expect(node.order.customer?.name).toBe('Acme Foods');
        expect(node.stops.map((s) => s.type)).toEqual(['PICKUP', 'DELIVERY']);
        expect(node.trackingLinks.map((l) => l.status)).toEqual([i === 0 ? 'REVOKED' : 'ACTIVE']);
        expect(Date.parse(node.trackingLinks[0].expiresAt)).toBeGreaterThan(Date.now());
      }
    }
    // The session, then one for the page with its capped total, the orders with their customers,
    // the stops and the links with their expiry.
    expect(counts).toEqual([2, 2]);
    // A search and a later page answer the same way.
    const search = await app.ok(CONSOLE_LIST, { first: 25, filter: { search: 'acme' } }, t.adminToken);
    expect(search.consignments.total).toEqual({ count: 30, capped: false });
    const next = await app.ok(CONSOLE_LIST, { first: 25, after: search.consignments.pageInfo.endCursor }, t.adminToken);
    expect(next.consignments.edges.map((e) => e.node.id)).toEqual(newestFirst.slice(25));
    expect(next.consignments.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });
});

describe('tenant isolation', () => {
  it("tenant A cannot read, list, change or delete tenant B's consignment by any route", async () => {
    const a = await givenTenant(app);
    const b = await givenTenant(app);
    const theirs = await givenConsignment(app, b.adminToken);
    const theirDriver = await givenDriver(app, b.adminToken);
    const mine = await givenDriver(app, a.adminToken);
    const id = theirs.id;

    expect((await app.ok(FIND_CONSIGNMENT, { id }, a.adminToken)).consignment).toBeNull();
    expect((await app.ok(COUNT_CONSIGNMENTS, { first: 100 }, a.adminToken)).consignments.totalCount).toBe(0);
    expect((await app.ok(FIND_TENANT, { id: b.id }, a.adminToken)).tenant).toBeNull();
    const token = a.adminToken;
    const mutations: Array<() => Promise<GqlResult<unknown>>> = [
      () => app.gql(UPDATE_CONSIGNMENT, { consignmentId: id, input: { customerReference: 'hacked' } }, token),
      () => app.gql(SET_CONSIGNMENT_STATUS, { consignmentId: id, status: 'TO_PLAN' }, token),
      () => app.gql(ASSIGN_DRIVER, { consignmentId: id, driverId: mine.id }, token),
      () => app.gql(DELETE_CONSIGNMENT, { consignmentId: id }, token),
      () => app.gql(UPDATE_STOP, { stopId: theirs.stops[0].id, input: { name: 'hacked' } }, token),
      () => app.gql(ADD_NOTE, { consignmentId: id, input: { scope: 'CUSTOMER', text: 'hacked' } }, token),
      () => app.gql(ADD_PHOTO, { consignmentId: id, input: { url: 'https://x.example/a.jpg' } }, token),
    ];
    for (const send of mutations) {
      const res = await send();
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const scan = await app.gql(
      RECORD_PALLET_SCANS,
      { scans: [{ clientId: 'x1', consignmentId: id, palletBarcode: 'P', event: 'LOADED', scannedAt: new Date().toISOString() }] },
      a.adminToken,
    );
    expect(scan.data?.recordPalletScans).toMatchObject({ accepted: 0, refused: [{ index: 0, field: 'scans[0].consignmentId' }] });
    const pos = await app.gql(
      REPORT_POSITIONS,
      { positions: [{ clientId: 'x1', driverId: theirDriver.id, latitude: 1, longitude: 1, recordedAt: new Date().toISOString() }] },
      a.adminToken,
    );
    expect(pos.data?.reportPositions).toMatchObject({ accepted: 0, refused: [{ index: 0, field: 'positions[0].driverId' }] });
    expect(await app.sql('SELECT 1 FROM driver_positions WHERE driver_id = $1', [theirDriver.id])).toHaveLength(0);
    const [row] = await app.sql('SELECT customer_reference, status, deleted_at, driver_id FROM consignments WHERE id = $1', [id]);
    expect(row).toEqual({ customer_reference: null, status: 'DRAFT', deleted_at: null, driver_id: null });
    expect(await app.sql('SELECT 1 FROM consignment_notes WHERE consignment_id = $1', [id])).toHaveLength(0);
    expect(await app.sql("SELECT 1 FROM stops WHERE name = 'hacked'")).toHaveLength(0);
  });

  it('an id that is not a UUID is simply not found', async () => {
    expect((await app.ok(FIND_CONSIGNMENT, { id: 'not-a-uuid' }, tenant.adminToken)).consignment).toBeNull();
    const res = await app.gql(DELETE_CONSIGNMENT, { consignmentId: '1; DROP TABLE x' }, tenant.adminToken);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('details', () => {
  it('keeps internal and customer notes apart, photos with their visibility, and custom fields with labels', async () => {
    await app.ok(DEFINE_CUSTOM_FIELD, { key: 'temperature', label: 'Temperature range' }, tenant.adminToken);
    const c = await givenConsignment(app, tenant.adminToken, { customFields: [{ key: 'temperature', value: '2-8 °C' }] });
    await app.ok(ADD_NOTE, { consignmentId: c.id, input: { scope: 'INTERNAL', text: 'Price agreed' } }, tenant.adminToken);
    await app.ok(ADD_NOTE, { consignmentId: c.id, input: { scope: 'CUSTOMER', text: 'Gate 4' } }, tenant.adminToken);
    await app.ok(ADD_PHOTO, { consignmentId: c.id, input: { url: 'https://img.example/p.jpg', caption: 'Loaded' } }, tenant.adminToken);
    const { consignment } = await app.ok(DETAILS, { id: c.id }, tenant.adminToken);
    expect(consignment?.customer).toEqual([{ text: 'Gate 4' }]);
    expect(consignment?.all.map((n) => n.scope)).toEqual(['INTERNAL', 'CUSTOMER']);
    expect(consignment?.photos).toEqual([{ caption: 'Loaded', customerVisible: false }]);
    expect(consignment?.customFields).toEqual([{ key: 'temperature', label: 'Temperature range', value: '2-8 °C' }]);
  });

  it('records actual times on a stop and refuses a departure before the arrival', async () => {
    const c = await givenConsignment(app, tenant.adminToken);
    const stopId = c.stops[0].id;
    await app.ok(UPDATE_STOP, { stopId, input: { actualArrival: '2026-01-01T08:00:00Z' } }, tenant.adminToken);
    const bad = await app.gql(UPDATE_STOP, { stopId, input: { actualDeparture: '2026-01-01T07:00:00Z' } }, tenant.adminToken);
    expect(bad.errors?.[0].extensions?.field).toBe('input.actualDeparture');
    const { updateStop } = await app.ok(UPDATE_STOP, { stopId, input: { actualDeparture: '2026-01-01T09:30:00Z' } }, tenant.adminToken);
    expect(updateStop).toMatchObject({ id: stopId, actualArrival: '2026-01-01T08:00:00.000Z', actualDeparture: '2026-01-01T09:30:00.000Z' });
  });

  it('deletes a consignment so that no route finds it any more', async () => {
    const c = await givenConsignment(app, tenant.adminToken);
    expect((await app.ok(DELETE_CONSIGNMENT, { consignmentId: c.id }, tenant.adminToken)).deleteConsignment).toBe(true);
    expect((await app.ok(FIND_CONSIGNMENT, { id: c.id }, tenant.adminToken)).consignment).toBeNull();
    const again = await app.gql(DELETE_CONSIGNMENT, { consignmentId: c.id }, tenant.adminToken);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
