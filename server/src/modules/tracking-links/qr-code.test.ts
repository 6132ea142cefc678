import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { REVOKE_TRACKING_LINK } from '../../../test/documents';
import { givenActiveLink, givenTenant, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { doc } from '../../../test/typed-document';

let app: TestApp;
let tenant: TenantFixture;
const logged: string[] = [];
beforeAll(async () => {
  app = await startTestApp({ LOG_LEVEL: 'debug' }, undefined, { logSink: (line) => void logged.push(line) });
  tenant = await givenTenant(app, { tracking: true });
});
afterAll(() => app.close());

const QR_CODES = doc<
  { consignment: { trackingLinks: Array<{ id: string; url: string; svg: string | null; png: string | null; plain: string | null }> } | null },
  { id: string }
>('query($id: ID!) { consignment(id: $id) { trackingLinks { id url svg: qrCode(format: SVG) png: qrCode(format: PNG) plain: qrCode } } }');

/** The text a PNG data URL's QR code holds, read from its pixels. */
function decodePng(dataUrl: string): string | null {
  const prefix = 'data:image/png;base64,';
  expect(dataUrl.startsWith(prefix)).toBe(true);
  const png = PNG.sync.read(Buffer.from(dataUrl.slice(prefix.length), 'base64'));
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

describe('QR code of a tracking link', () => {
  it('decodes to the exact URL of the link; the SVG form is an SVG document', async () => {
    const { consignment } = await givenActiveLink(app, tenant);
    const { consignment: c } = await app.ok(QR_CODES, { id: consignment.id }, tenant.dispatcherToken);
    const [link] = c!.trackingLinks;
    expect(decodePng(link.png!)).toBe(link.url);
    expect(link.svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(link.svg).toContain('<path');
    // SVG is the default; it is text to print, not the URL in the clear.
    expect(link.plain).toBe(link.svg);
    expect(link.svg).not.toContain(link.url);
  });

  it('differs per link, and a revoked link has none', async () => {
    const a = await givenActiveLink(app, tenant);
    const b = await givenActiveLink(app, tenant);
    const qrOf = async (id: string) => (await app.ok(QR_CODES, { id }, tenant.adminToken)).consignment!.trackingLinks[0];
    const [qa, qb] = [await qrOf(a.consignment.id), await qrOf(b.consignment.id)];
    expect(decodePng(qb.png!)).toBe(b.link.url);
    expect(qa.png).not.toBe(qb.png);
    await app.ok(REVOKE_TRACKING_LINK, { linkId: a.link.id }, tenant.adminToken);
    const revoked = await qrOf(a.consignment.id);
    expect(revoked).toMatchObject({ svg: null, png: null });
  });

  it('refuses an unknown format by name, and another tenant sees no link of ours', async () => {
    const { consignment } = await givenActiveLink(app, tenant);
    const BAD = doc<unknown, { id: string }>('query($id: ID!) { consignment(id: $id) { trackingLinks { qrCode(format: GIF) } } }');
    const bad = await app.gql(BAD, { id: consignment.id }, tenant.adminToken);
    expect(bad.errors?.[0].message).toMatch(/GIF/);
    const other = await givenTenant(app, { tracking: true });
    expect((await app.ok(QR_CODES, { id: consignment.id }, other.adminToken)).consignment).toBeNull();
  });

  it('never writes a link URL or token into the log', async () => {
    const { consignment, token } = await givenActiveLink(app, tenant);
    await app.ok(QR_CODES, { id: consignment.id }, tenant.adminToken);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.filter((line) => line.includes(token))).toEqual([]);
  });
});
