import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { ADD_NOTE, CREATE_TRACKING_LINK, REVOKE_TRACKING_LINK, TRACKING_PAGE, UPDATE_TEMPLATE, type CreatedConsignment } from '../../test/documents';
import { eventually } from '../../test/eventually';
import { givenConsignment, givenConsignments, givenTenant, linksOf, tokenOf, type TenantFixture } from '../../test/fixtures';
import { startTestApp, type TestApp } from '../../test/harness';
import { publicGql, subscribeUpdates, trackingPage } from '../../test/public-api';
import { doc } from '../../test/typed-document';
import { documentAssets } from './tracking-page';

// /t/<token> answers with the page already rendered, its data beside it; the web app's files
// and the APIs' answers go compressed. `npm test` builds the web app first.

let app: TestApp;
let tenant: TenantFixture;
let consignment: CreatedConsignment;
let token: string;

const WEB_DIST = path.resolve(__dirname, '..', '..', '..', 'web', 'dist');
const NOTE = 'Gate 4 </script><script>alert(1)</script> <!-- & \u2028 done';

/** A GET as a browser sends it, the body as it came over the wire (not decoded). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

function decoded(res: { headers: http.IncomingHttpHeaders; body: Buffer }): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(res.body).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(res.body).toString('utf8');
  return res.body.toString('utf8');
}

/** What the page's JSON script element carries (the part these tests read). */
interface Inlined {
  language: string;
  outcome: { ok: true; result: { notes?: string[] } & Record<string, unknown> } | { ok: false; rateLimited: boolean };
}

/** The page's inlined data, parsed from its JSON script element. */
function inlined(html: string): Inlined {
  const match = /<script type="application\/json" id="tracking-state">([^<]*)<\/script>/.exec(html);
  if (!match) throw new Error('the page has no tracking-state element');
  return JSON.parse(match[1]!) as Inlined;
}

beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000', PUBLIC_MISS_LIMIT: '3' });
  tenant = await givenTenant(app, { tracking: true });
  await app.ok(UPDATE_TEMPLATE, { input: { showNotes: true } }, tenant.adminToken);
  consignment = await givenConsignment(app, tenant.adminToken, { status: 'IN_TRANSIT' });
  await app.ok(ADD_NOTE, { consignmentId: consignment.id, input: { scope: 'CUSTOMER', text: NOTE } }, tenant.adminToken);
  const [link] = await linksOf(app, tenant.adminToken, consignment.id);
  token = tokenOf(link!.url);
});
afterAll(() => app.close());

describe('GET /t/<token>', () => {
  it('answers with the page rendered and its data inlined, brotli-compressed for a browser that accepts it', async () => {
    const res = await rawGet(`${app.url}/t/${token}`, { 'accept-encoding': 'gzip, deflate, br, zstd', 'accept-language': 'en-GB,en;q=0.9' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = decoded(res);
    // The content, before any script runs: the consignment, its stops, its status.
    const body = html.slice(html.indexOf('<div id="root">'));
    for (const text of [consignment.reference, 'Rotterdam terminal', 'Munich warehouse', 'In transit']) expect(body).toContain(text);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(new RegExp(`<title>Shipment ${consignment.reference} – `));
    // The data is the API's own answer to the page's query, as the page would get it.
    const data = inlined(html);
    // (A consignment's page has no consignments; an order link's page has them.)
    expect(data.outcome).toEqual({ ok: true, result: { ...(await trackingPage(app, token)), consignments: null } });
    expect(data.language).toBe('en');
    // Scripts are our own files only; the token appears in no script or link.
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/tracking-[\w-]+\.js"><\/script>/);
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /type="module" crossorigin src="\/assets\//.test(tag) || tag === '<script type="application/json" id="tracking-state">')).toBe(true);
    expect(html.slice(0, html.indexOf('<body>'))).not.toContain(token);
  });

  it('keeps the public page headers: no-store, no-referrer, noindex, framed only by the same origin, no inline script allowed', async () => {
    const res = await rawGet(`${app.url}/t/${token}`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-robots-tag']).toMatch(/noindex/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('writes text that closes its element as escapes inside the inlined data', async () => {
    const html = decoded(await rawGet(`${app.url}/t/${token}`, { 'accept-encoding': 'gzip' }));
    const json = /<script type="application\/json" id="tracking-state">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(html).not.toContain('<script>alert(1)');
    const { outcome } = inlined(html);
    expect(outcome.ok && outcome.result.notes).toEqual([NOTE]);
  });

  it('counts no view for the HTML; the page counts its view when it opens its live updates', async () => {
    const fresh = await givenConsignment(app, tenant.adminToken, { status: 'IN_TRANSIT' });
    const views = async () => (await linksOf(app, tenant.adminToken, fresh.id))[0]!.viewCount;
    const freshToken = tokenOf((await linksOf(app, tenant.adminToken, fresh.id))[0]!.url);
    for (let i = 0; i < 3; i++) expect((await rawGet(`${app.url}/t/${freshToken}`)).status).toBe(200);
    expect(await views()).toBe(0);
    const live = subscribeUpdates(app, freshToken);
    try {
      await eventually(async () => (await views()) === 1, { timeoutMs: 2000, intervalMs: 50, what: 'the view of the live page' });
      // Only the one.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await views()).toBe(1);
    } finally {
      await live.close();
    }
  });

  it('picks the language from Accept-Language', async () => {
    const html = decoded(await rawGet(`${app.url}/t/${token}`, { 'accept-language': 'de-CH, de;q=0.9, en;q=0.5' }));
    expect(html).toMatch(/<html lang="de">/);
    expect(html).toContain('Unterwegs');
    expect(inlined(html).language).toBe('de');
  });

  it('renders an expired link\'s page on the server, with no script', async () => {
    // A link whose own expiry has passed (a link cannot be made already expired).
    const { createTrackingLink } = await app.ok(
      CREATE_TRACKING_LINK,
      { consignmentId: consignment.id, input: { recipientEmail: 'late@example.com', expiresAt: new Date(Date.now() + 60_000).toISOString() } },
      tenant.adminToken,
    );
    await app.sql("UPDATE tracking_links SET expires_at = now() - interval '1 minute' WHERE id = $1", [createTrackingLink.id]);
    const res = await rawGet(`${app.url}/t/${tokenOf(createTrackingLink.url)}`, { 'accept-encoding': 'br' });
    expect(res.status).toBe(200);
    const html = decoded(res);
    expect(html).toContain('data-reason="EXPIRED"');
    expect(html).toContain('This tracking link has expired');
    expect(html).toMatch(/<title>This tracking link has expired<\/title>/);
    expect(html).not.toMatch(/<script/);
  });

  it('looks up tokens under the public endpoint\'s limits: unknown and revoked alike, then refused', async () => {
    const client = { 'x-forwarded-for': '203.0.113.7' };
    const unknown = decoded(await rawGet(`${app.url}/t/${'u'.repeat(43)}`, client));
    expect(unknown).toContain('data-reason="NOT_AVAILABLE"');
    expect(unknown).not.toMatch(/<script/);
    const { createTrackingLink } = await app.ok(CREATE_TRACKING_LINK, { consignmentId: consignment.id, input: { recipientEmail: 'gone@example.com' } }, tenant.adminToken);
    await app.ok(REVOKE_TRACKING_LINK, { linkId: createTrackingLink.id }, tenant.adminToken);
    const revoked = decoded(await rawGet(`${app.url}/t/${tokenOf(createTrackingLink.url)}`, client));
    // Only the random ids React gives headings may differ; here there are none.
    expect(revoked).toBe(unknown);
    await rawGet(`${app.url}/t/short`, client);
    // Three misses (PUBLIC_MISS_LIMIT): even a good token is refused now, for this address only.
    const refused = await rawGet(`${app.url}/t/${token}`, client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const html = decoded(refused);
    expect(html).toContain('data-testid="tracking-error"');
    expect(inlined(html).outcome).toMatchObject({ ok: false, rateLimited: true });
    expect((await rawGet(`${app.url}/t/${token}`, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200);
  });
});

describe('the web app\'s files', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(WEB_DIST, '.vite', 'manifest.json'), 'utf8'));
  const script = `/${manifest['src/tracking.tsx'].file}`;
  // The largest script the page's HTML names: its entry or a chunk the entry imports.
  const assets = documentAssets(manifest);
  const largest = [...(assets?.scripts ?? []), ...(assets?.preloads ?? [])]
    .map((file) => ({ file, size: fs.statSync(path.join(WEB_DIST, file)).size }))
    .sort((a, b) => b.size - a.size)[0]!.file;

  it('go as the build compressed them: brotli first, then gzip, else as they are; Vary either way', async () => {
    const original = fs.readFileSync(path.join(WEB_DIST, largest));
    const br = await rawGet(`${app.url}${largest}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.length).toBeLessThan(original.length / 3);
    expect(zlib.brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gz = await rawGet(`${app.url}${largest}`, { 'accept-encoding': 'br;q=0, gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(original)).toBe(true);
    const plain = await rawGet(`${app.url}${largest}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.equals(original)).toBe(true);
  });

  it('include the page\'s entry, which the page\'s HTML loads', async () => {
    expect((await rawGet(`${app.url}${script}`)).status).toBe(200);
    expect(documentAssets(manifest)?.scripts).toEqual([script]);
  });
});

describe('API answers', () => {
  it('are compressed from 1 KB for clients that accept it', async () => {
    const page = await publicGql(app, TRACKING_PAGE, { token }, { 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-encoding')).toBe('br');
    const result = page.body.data?.trackingPage;
    expect(result?.__typename === 'TrackingPage' && result.reference).toBe(consignment.reference);
    const small = await publicGql(app, doc<{ __typename: string }>('{ __typename }'), {}, { 'accept-encoding': 'br' });
    expect(small.headers.get('content-encoding')).toBeNull();
    await givenConsignments(app, tenant.adminToken, 5);
    const staff = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.adminToken}`, 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ consignments(first: 50) { edges { node { id reference status createdAt stops { name latitude longitude timezone } } } } }' }),
    });
    expect(staff.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.stringify(await staff.json()).length).toBeGreaterThan(1024);
  });
});
