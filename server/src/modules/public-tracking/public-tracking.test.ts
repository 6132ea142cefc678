import http from 'node:http';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { DEFAULT_TEMPLATE, resolveSections, TEMPLATE_SECTIONS, type SectionOverrides, type TemplateSection } from '@tracklink/shared';
import {
  ADD_NOTE,
  ADD_PHOTO,
  DELETE_CUSTOMER_TEMPLATE,
  PAGE_TYPENAME,
  RECORD_PALLET_SCANS,
  SET_CONSIGNMENT_STATUS,
  SET_CUSTOMER_TEMPLATE,
  UPDATE_TEMPLATE,
  UPDATE_TRACKING_LINK,
  type SectionInput,
  type TrackingPage,
} from '../../../test/documents';
import { activeLinkOf, givenActiveLink, givenConsignmentWithEveryField, givenConsignments, givenDriverWithPosition, givenTenant, position, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { image, png, sendProof } from '../../../test/proof-of-delivery';
import { publicGql, SECTION_PROBES, setSections, shownPage } from '../../../test/public-api';
import { doc, type GqlError } from '../../../test/typed-document';

let app: TestApp;
let tenant: TenantFixture;
let consignmentId: string;
let token: string;
let linkId: string;

// Values that only internal data holds: none may ever reach the public API.
const SECRETS = ['INTERNAL-NOTE-7731', '98765.43', '12345.67', 'INTERNAL-CAPTION-55', 'https://img.example/internal.jpg', 'Driver Secret-Name', 'SECRET-PLATE-99'];



async function setTenantTemplate(sections: SectionOverrides) {
  const input = setSections(sections);
  if (Object.keys(input).length) await app.ok(UPDATE_TEMPLATE, { input }, tenant.adminToken);
}

async function setCustomerTemplate(customerId: string, sections: SectionOverrides | null) {
  if (sections === null) {
    await app.ok(DELETE_CUSTOMER_TEMPLATE, { customerId }, tenant.adminToken);
    return;
  }
  await app.ok(SET_CUSTOMER_TEMPLATE, { input: { customerId, ...setSections(sections) } }, tenant.adminToken);
}

async function setLinkOverrides(sections: SectionOverrides) {
  await app.ok(UPDATE_TRACKING_LINK, { linkId, input: { inherit: [...TEMPLATE_SECTIONS], ...setSections(sections) } }, tenant.adminToken);
}

const PHOTOS = doc<{ consignment: { photos: Array<{ id: string; customerVisible: boolean }> } | null }, { id: string }>(
  'query($id: ID!) { consignment(id: $id) { photos { id customerVisible } } }',
);

// Documents the public endpoint must refuse, or answers with the least it can.
const TYPENAME = doc<{ __typename: string }>('{ __typename }');
const STAFF_ONLY = doc<unknown, { first: number }>('query($first: Int) { consignments(first: $first) { totalCount } }');
const DEEP = doc<unknown, { token: string }>(
  `query($token: String!) { trackingPage(token: $token) { ${'... on TrackingPage { '.repeat(20)} reference ${'} '.repeat(20)} } }`,
);
const FIFTY_ALIASES = doc<unknown, { token: string }>(
  `query($token: String!) { ${Array.from({ length: 50 }, (_, i) => `a${i}: trackingPage(token: $token) { __typename }`).join(' ')} }`,
);
const INTROSPECTION = doc<unknown>('{ __schema { types { name } } }');
const MISSPELT = doc<unknown, { token: string }>('query($token: String!) { trackingPag(token: $token) { __typename } }');
/** The page query with variables as a careless client might send them. */
const LOOSE_PAGE_TYPENAME = doc<unknown, { token?: unknown }>(PAGE_TYPENAME.text);

let customerId: string;

beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000', PUBLIC_MISS_LIMIT: '100000', CORS_ORIGINS: 'https://tracking.carrier.example' });
  tenant = await givenTenant(app, { tracking: true });
  const c = await givenConsignmentWithEveryField(app, tenant, '2-8 C', {
    price: 12345.67,
    cost: 98765.43,
    internalNotes: 'INTERNAL-NOTE-7731',
    vehiclePlate: 'SECRET-PLATE-99',
    stops: [
      { type: 'PICKUP', name: 'Rotterdam', latitude: 51.9, longitude: 4.0, timezone: 'Europe/Amsterdam', reference: 'PU-1', estimatedArrival: '2030-01-01T08:00:00Z' },
      { type: 'DELIVERY', name: 'Munich', latitude: 48.1, longitude: 11.5, timezone: 'Europe/Berlin', reference: 'DL-1', estimatedArrival: '2030-01-02T08:00:00Z' },
    ],
  });
  consignmentId = c.id;
  const [{ customer_id }] = await app.sql<{ customer_id: string }>('SELECT o.customer_id FROM consignments c JOIN orders o ON o.id = c.order_id WHERE c.id = $1', [c.id]);
  customerId = customer_id;
  const driver = await givenDriverWithPosition(app, tenant, c.id, position('p1', 50.5, 8.1, { heading: 120 }), 'Driver Secret-Name');
  await app.ok(
    RECORD_PALLET_SCANS,
    { scans: [{ clientId: 's1', consignmentId: c.id, stopId: c.stops[0].id, palletBarcode: 'PAL-001', event: 'LOADED', scannedAt: new Date().toISOString() }] },
    driver.token,
  );
  const proof = await sendProof(app, c.stops[1].id, { receiverName: 'Goods-in', signature: image(png('section')) }, driver.token);
  expect(proof.status).toBe(201);
  await app.ok(ADD_NOTE, { consignmentId: c.id, input: { scope: 'CUSTOMER', text: 'Call before arrival' } }, tenant.adminToken);
  await app.ok(ADD_NOTE, { consignmentId: c.id, input: { scope: 'INTERNAL', text: 'INTERNAL-NOTE-7731' } }, tenant.adminToken);
  await app.ok(ADD_PHOTO, { consignmentId: c.id, input: { url: 'https://img.example/pod.jpg', caption: 'Proof', customerVisible: true } }, tenant.adminToken);
  await app.ok(ADD_PHOTO, { consignmentId: c.id, input: { url: 'https://img.example/internal.jpg', caption: 'INTERNAL-CAPTION-55' } }, tenant.adminToken);
  const active = await activeLinkOf(app, tenant, c);
  token = active.token;
  linkId = active.link.id;
});
afterAll(() => app.close());

describe('the page', () => {
  it('shows the default sections with the consignment data, in the tenant locale', async () => {
    const page = await shownPage(app, token);
    expect(page.organization).toMatchObject({ locale: 'en-NL', timezone: 'UTC', logoUrl: null });
    expect(page.status).toBe('IN_TRANSIT');
    expect(page.progress).toEqual(['TO_PLAN', 'PLANNED', 'IN_TRANSIT']);
    expect(page.stops.map((s) => [s.type, s.name, s.reference, s.timezone])).toEqual([
      ['PICKUP', 'Rotterdam', 'PU-1', 'Europe/Amsterdam'],
      ['DELIVERY', 'Munich', 'DL-1', 'Europe/Berlin'],
    ]);
    expect(page.stops[1].estimatedArrival).toBe('2030-01-02T08:00:00.000Z');
    expect(page.cargo).toEqual([{ description: 'Pallets of tiles', quantity: 4, packagingType: 'PALLET', weightKg: 1200 }]);
    expect(page.palletScans).toEqual([expect.objectContaining({ palletBarcode: 'PAL-001', event: 'LOADED', stopName: 'Rotterdam' })]);
    expect(page.driverPosition).toMatchObject({ latitude: 50.5, longitude: 8.1, heading: 120 });
    expect(page.customerReference).toBeNull();
    expect(page.notes).toBeNull();
    expect(page.photos).toBeNull();
  });

  it('shows the optional sections once switched on, with only customer-facing content', async () => {
    await setTenantTemplate({ showCustomerReference: true, showContainerNumber: true, showTransportService: true, showCustomFields: true, showExtraFields: true, showNotes: true, showPhotos: true });
    try {
      const page = await shownPage(app, token);
      expect(page.customerReference).toBe('PO-4711');
      expect(page.containerNumber).toBe('MSKU1234565');
      expect(page.transportService).toBe('FTL Express');
      expect(page.customFields).toEqual([{ label: 'Temperature', value: '2-8 C' }]);
      expect(page.extraFields).toEqual([{ label: 'Dock', value: '7' }]);
      expect(page.notes).toEqual(['Call before arrival']);
      expect(page.photos).toEqual([{ label: 'Proof', value: 'https://img.example/pod.jpg' }]);
    } finally {
      await setTenantTemplate(DEFAULT_TEMPLATE);
    }
  });

  it('shows the driver only while IN_TRANSIT', async () => {
    const { consignment: c, token: planned } = await givenActiveLink(app, tenant, { status: 'PLANNED' });
    await givenDriverWithPosition(app, tenant, c.id, position('x', 1, 2));
    expect((await shownPage(app, planned)).driverPosition).toBeNull();
    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'IN_TRANSIT' }, tenant.adminToken);
    expect((await shownPage(app, planned)).driverPosition).toMatchObject({ latitude: 1, longitude: 2 });
    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'DELIVERED' }, tenant.adminToken);
    expect((await shownPage(app, planned)).driverPosition).toBeNull();
  });

  it('shows only the photos picked for the link', async () => {
    const { consignment } = await app.ok(PHOTOS, { id: consignmentId }, tenant.adminToken);
    const internal = consignment?.photos.find((p) => !p.customerVisible);
    const visible = consignment?.photos.find((p) => p.customerVisible);
    await app.ok(UPDATE_TRACKING_LINK, { linkId, input: { showPhotos: true, photoIds: [internal!.id] } }, tenant.adminToken);
    expect((await shownPage(app, token)).photos).toEqual([]);
    await app.ok(UPDATE_TRACKING_LINK, { linkId, input: { photoIds: [visible!.id] } }, tenant.adminToken);
    expect((await shownPage(app, token)).photos).toHaveLength(1);
    await app.ok(UPDATE_TRACKING_LINK, { linkId, input: { inherit: ['showPhotos'], photoIds: [] } }, tenant.adminToken);
  });
});

describe('every section, on and off, at tenant, customer and link level', () => {
  for (const section of TEMPLATE_SECTIONS) {
    it(section, async () => {
      const probe = SECTION_PROBES[section];
      try {
        for (const on of [true, false]) {
          await setTenantTemplate({ [section]: on });
          expect({ level: 'tenant', on, shown: probe(await shownPage(app, token)) }).toEqual({ level: 'tenant', on, shown: on });
          await setCustomerTemplate(customerId, { [section]: !on });
          expect({ level: 'customer', on: !on, shown: probe(await shownPage(app, token)) }).toEqual({ level: 'customer', on: !on, shown: !on });
          await setLinkOverrides({ [section]: on });
          expect({ level: 'link', on, shown: probe(await shownPage(app, token)) }).toEqual({ level: 'link', on, shown: on });
          await setLinkOverrides({});
          await setCustomerTemplate(customerId, null);
        }
      } finally {
        await setTenantTemplate(DEFAULT_TEMPLATE);
        await setCustomerTemplate(customerId, null);
        await setLinkOverrides({});
      }
    });
  }
});

describe('property: no hidden section and no internal value ever appears', () => {
  const overrides = fc.record(
    Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, fc.option(fc.boolean(), { nil: undefined })])) as Record<TemplateSection, fc.Arbitrary<boolean | undefined>>,
  );
  const full = fc.record(Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, fc.boolean()])) as Record<TemplateSection, fc.Arbitrary<boolean>>);

  it('holds for hundreds of random templates and overrides', async () => {
    await fc.assert(
      fc.asyncProperty(full, fc.option(overrides, { nil: null }), overrides, async (tenantT, customerT, linkT) => {
        await setTenantTemplate(tenantT);
        await setCustomerTemplate(customerId, customerT);
        await setLinkOverrides(linkT);
        const page = await shownPage(app, token);
        const expected = resolveSections(tenantT, customerT, linkT);
        const json = JSON.stringify(page);
        for (const secret of SECRETS) expect(json).not.toContain(secret);
        for (const section of TEMPLATE_SECTIONS) {
          if (section === 'showDriverPosition') {
            expect(probeOrFalse(page, section)).toBe(expected.showDriverPosition && expected.showMap);
          } else {
            expect({ section, shown: probeOrFalse(page, section) }).toEqual({ section, shown: expected[section] });
          }
        }
      }),
      { numRuns: 200 },
    );
    await setTenantTemplate(DEFAULT_TEMPLATE);
    await setCustomerTemplate(customerId, null);
    await setLinkOverrides({});
  }, 120_000);

  function probeOrFalse(page: TrackingPage, section: TemplateSection): boolean {
    return SECTION_PROBES[section](page);
  }
});

describe('the public endpoint', () => {
  it('answers with no-store, no-referrer and noindex, and never lists more than its schema', async () => {
    const res = await publicGql(app, TYPENAME);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-robots-tag')).toMatch(/noindex/);
    const staffField = await publicGql(app, STAFF_ONLY, { first: 1 });
    expect(staffField.body.errors?.[0].message).toMatch(/Cannot query field "consignments"/);
  });

  it('serves /t/<token> with the same headers and disallows /t/ in robots.txt', async () => {
    const page = await fetch(`${app.url}/t/${token}`);
    expect(page.status).toBe(200); // npm test builds the web app first
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const robots = await (await fetch(`${app.url}/robots.txt`)).text();
    expect(robots).toMatch(/Disallow: \/t\//);
  });

  it('refuses a depth-20 query, 50 aliases, introspection and a batched array, cleanly', async () => {
    const depth = await publicGql(app, DEEP, { token: 'x' });
    expect(depth.status).toBe(400);
    expect(depth.body.errors?.[0].message).toMatch(/depth|cost/i);
    expect(depth.body.data).toBeUndefined();
    const aliases = await publicGql(app, FIFTY_ALIASES, { token: 't' });
    expect(aliases.body.errors?.[0].message).toMatch(/alias/i);
    const introspection = await publicGql(app, INTROSPECTION);
    expect(introspection.body.errors?.[0].message).toMatch(/introspection/i);
    const suggestion = await publicGql(app, MISSPELT, { token: 'x' });
    expect(suggestion.body.errors?.[0].message).toMatch(/Cannot query field "trackingPag"/);
    expect(suggestion.body.errors?.[0].message).not.toMatch(/Did you mean/);
    const batch = await fetch(`${app.url}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: TYPENAME.text }, { query: TYPENAME.text }]),
    });
    expect(batch.status).toBe(400);
    const body = await batch.text();
    expect(body).not.toMatch(/at \w+ \(|node_modules/);
    for (const res of [depth, aliases, introspection]) expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|node_modules/);
  });

  it('refuses a body that is too large or not JSON with a JSON error, and lets an allowed origin in', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${app.url}/public/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const big = await post(JSON.stringify({ query: TYPENAME.text, variables: { pad: 'x'.repeat(20_000) } }));
    expect(big.status).toBe(413);
    expect(big.headers.get('cache-control')).toBe('no-store');
    expect(((await big.json()) as { errors: GqlError[] }).errors[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { errors: GqlError[] }).errors[0].extensions?.code).toBe('BAD_REQUEST');
    const notJson = await fetch(`${app.url}/public/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: TYPENAME.text });
    expect(notJson.status).toBe(400);
    const origin = 'https://tracking.carrier.example'; // CORS_ORIGINS of this app
    const preflight = await fetch(`${app.url}/public/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    const withQuery = await post(JSON.stringify({ query: TYPENAME.text }), { origin });
    expect(withQuery.status).toBe(200);
    expect(withQuery.headers.get('access-control-allow-origin')).toBe(origin);
    expect(await withQuery.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('reads its body in one piece: bad JSON, a body over 16 KB (told or streamed), another charset refused in JSON, never a 500', async () => {
    const send = (body: string | Buffer, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
        const req = http.request(`${app.url}/public/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const codeOf = (text: string) => (JSON.parse(text) as { errors: GqlError[] }).errors[0].extensions?.code;
    const big = JSON.stringify({ query: TYPENAME.text, variables: { pad: 'x'.repeat(20_000) } });
    const cases: Array<[string, Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>, number, string]> = [
      ['bad JSON', send('{"query": '), 400, 'BAD_REQUEST'],
      ['a string', send('"{ __typename }"'), 400, 'BAD_REQUEST'],
      ['too large, told', send(big), 413, 'PAYLOAD_TOO_LARGE'],
      ['too large, streamed', send(big, { 'transfer-encoding': 'chunked' }), 413, 'PAYLOAD_TOO_LARGE'],
      ['too large once inflated', send(zlib.gzipSync(big), { 'content-encoding': 'gzip' }), 413, 'PAYLOAD_TOO_LARGE'],
      ['another charset', send(JSON.stringify({ query: TYPENAME.text }), { 'content-type': 'application/json; charset=latin1' }), 415, 'BAD_REQUEST'],
      ['an unknown encoding', send(JSON.stringify({ query: TYPENAME.text }), { 'content-encoding': 'zstd' }), 415, 'BAD_REQUEST'],
      ['broken gzip', send(Buffer.from('not gzip'), { 'content-encoding': 'gzip' }), 400, 'BAD_REQUEST'],
    ];
    for (const [what, answer, status, code] of cases) {
      const res = await answer;
      expect({ what, status: res.status, code: codeOf(res.text), type: res.headers['content-type'] }).toEqual({ what, status, code, type: 'application/json; charset=utf-8' });
      expect(res.text).not.toMatch(/at \w+ \(|node_modules|SyntaxError/);
    }
    // Compressed and streamed bodies are read as the JSON they carry.
    const query = JSON.stringify({ query: TYPENAME.text });
    for (const res of [await send(zlib.gzipSync(query), { 'content-encoding': 'gzip' }), await send(query, { 'transfer-encoding': 'chunked' }), await send(`\ufeff${query}`)]) {
      expect({ status: res.status, body: JSON.parse(res.text) }).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    }
  });

  it('answers a missing or ill-typed token variable with 400 naming the variable', async () => {
    for (const variables of [{}, { token: 42 }, { token: null }, { token: ['a'] }]) {
      const res = await publicGql(app, LOOSE_PAGE_TYPENAME, variables);
      expect({ variables, status: res.status }).toEqual({ variables, status: 400 });
      expect(res.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Variable "\$token"/), extensions: { code: 'BAD_USER_INPUT' } });
      expect(res.body.data).toBeUndefined();
    }
  });

  it('refuses a browser request from a foreign origin and a simple (CSRF-able) request', async () => {
    const foreign = await fetch(`${app.url}/public/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await fetch(`${app.url}/public/graphql?query=${encodeURIComponent(TYPENAME.text)}`);
    expect(simple.status).toBe(405);
    // Not even with the header that would pass CSRF prevention: a token never rides in a URL.
    const inUrl = new URLSearchParams({ query: PAGE_TYPENAME.text, variables: JSON.stringify({ token }) });
    const withToken = await fetch(`${app.url}/public/graphql?${inUrl}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(withToken.status).toBe(405);
  });
});

describe('guessing tokens', () => {
  it('1,000 random tokens: zero hits, and the rate limit answers after the threshold', async () => {
    const limited = await startTestApp({ PUBLIC_RATE_LIMIT: '100000', PUBLIC_MISS_LIMIT: '50' });
    try {
      const owner = await givenTenant(limited, { tracking: true });
      await givenConsignments(limited, owner.adminToken, 5);
      let hits = 0;
      let misses = 0;
      let refused = 0;
      let firstRefusal = -1;
      for (let i = 0; i < 1000; i++) {
        const random = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
        const res = await publicGql(limited, PAGE_TYPENAME, { token: random });
        if (res.body.data?.trackingPage?.__typename === 'TrackingPage') hits++;
        else if (res.body.data?.trackingPage?.__typename === 'TrackingUnavailable') misses++;
        else if (res.status === 429 && res.body.errors?.[0].extensions?.code === 'RATE_LIMITED') {
          refused++;
          if (firstRefusal < 0) firstRefusal = i;
        }
      }
      expect(hits).toBe(0);
      expect(misses).toBe(50);
      expect(firstRefusal).toBe(50);
      expect(refused).toBe(950);
    } finally {
      await limited.close();
    }
  }, 60_000);
});
