import { createHmac, hkdfSync } from 'node:crypto';
import { REPORT_POSITIONS, REVOKE_TRACKING_LINK, UPDATE_TEMPLATE, UPDATE_TRACKING_LINK } from '../../../test/documents';
import { activeLinkOf, givenConsignmentWithDriver, givenDriver, givenTenant, position, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { image, jpeg, png, sendProof, sha256 } from '../../../test/proof-of-delivery';
import { shownPage, unavailableReason } from '../../../test/public-api';
import { doc } from '../../../test/typed-document';
import { startReceiver, type WebhookReceiver } from '../../../test/webhook-receiver';
import { givenEndpoint } from '../../../test/webhooks';

// Proof of delivery: recorded by the assigned driver (or staff and API keys), one per delivery
// stop, images checked by their bytes and sized; served through short-lived signed URLs only;
// on the public page only with the template's section.

/** The harness's APP_SECRET: the test signs a URL itself to see an expired one refused. */
const APP_SECRET = 'test-secret-test-secret-test-secret-0123';
const MAX_IMAGE_BYTES = 20_000;
const TTL_SECONDS = 300;

let app: TestApp;
let tenant: TenantFixture;
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startReceiver();
  app = await startTestApp({ POD_MAX_IMAGE_BYTES: String(MAX_IMAGE_BYTES), POD_MAX_PHOTOS: '3', POD_URL_TTL_SECONDS: String(TTL_SECONDS), WEBHOOK_POLL_MS: '20' });
  tenant = await givenTenant(app, { tracking: true });
});
afterAll(async () => {
  await app.close();
  await receiver.close();
});

const STOP_PROOFS = doc<
  {
    consignment: {
      stops: Array<{
        id: string;
        type: string;
        proofOfDelivery: {
          id: string;
          receiverName: string;
          deliveredAt: string;
          latitude: number | null;
          longitude: number | null;
          positionSource: string | null;
          revision: number;
          recordedBy: string;
          signature: { id: string; contentType: string; byteSize: number; url: string } | null;
          photos: Array<{ id: string; contentType: string; byteSize: number; url: string }>;
        } | null;
      }>;
    } | null;
  },
  { id: string }
>(`query($id: ID!) { consignment(id: $id) { stops { id type proofOfDelivery {
  id receiverName deliveredAt latitude longitude positionSource revision recordedBy
  signature { id contentType byteSize url } photos { id contentType byteSize url } } } } }`);

/** A consignment with its driver, and the ids of its pickup and delivery stop. */
async function givenDelivery() {
  const { consignment, driver } = await givenConsignmentWithDriver(app, tenant, { status: 'IN_TRANSIT' });
  const pickup = consignment.stops.find((s) => s.type === 'PICKUP')!.id;
  const delivery = consignment.stops.find((s) => s.type === 'DELIVERY')!.id;
  return { consignment, driver, pickup, delivery };
}

const count = async (table: string) => Number((await app.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);

describe('recording', () => {
  it('stores the receiver, the time, the position given, a signature and photos, for the assigned driver', async () => {
    const { consignment, driver, delivery } = await givenDelivery();
    const signature = png('signature');
    const photo = jpeg('photo-1');
    const answer = await sendProof(
      app,
      delivery,
      { receiverName: '  Anna Jansen ', deliveredAt: '2026-01-05T10:15:00Z', latitude: 48.14, longitude: 11.46, signature: image(signature), photos: [image(photo), image(png('photo-2'))] },
      driver.token,
    );
    expect(answer.status).toBe(201);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const proof = answer.body.proofOfDelivery!;
    expect(proof).toMatchObject({ receiverName: 'Anna Jansen', deliveredAt: '2026-01-05T10:15:00.000Z', latitude: 48.14, longitude: 11.46, positionSource: 'GIVEN', revision: 1 });
    expect(proof.signature).toMatchObject({ contentType: 'image/png', byteSize: signature.length });
    expect(proof.photos.map((p) => p.contentType)).toEqual(['image/jpeg', 'image/png']);

    const { consignment: seen } = await app.ok(STOP_PROOFS, { id: consignment.id }, tenant.dispatcherToken);
    const staffView = seen!.stops.find((s) => s.id === delivery)!.proofOfDelivery!;
    expect(staffView).toMatchObject({ id: proof.id, receiverName: 'Anna Jansen', recordedBy: expect.stringContaining('driver'), revision: 1 });
    expect(staffView.signature!.url).toMatch(new RegExp(`^${app.url.replace(/:\d+$/, '')}.*/public/pod/${proof.signature!.id}\\?exp=\\d+&sig=`));
    expect(seen!.stops.find((s) => s.type === 'PICKUP')!.proofOfDelivery).toBeNull();

    const served = await fetch(`${app.url}${new URL(staffView.photos[0].url).pathname}${new URL(staffView.photos[0].url).search}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(photo);
  });

  it('takes the driver\'s last known position when none is given', async () => {
    const { driver, delivery } = await givenDelivery();
    await app.ok(REPORT_POSITIONS, { positions: [position('pod-p1', 48.2, 11.6)] }, driver.token);
    const answer = await sendProof(app, delivery, { receiverName: 'Goods-in desk', photos: [image(png('only-photo'))] }, driver.token);
    expect(answer.status).toBe(201);
    expect(answer.body.proofOfDelivery).toMatchObject({ latitude: 48.2, longitude: 11.6, positionSource: 'DRIVER', signature: null });
    expect(Date.now() - Date.parse(answer.body.proofOfDelivery!.deliveredAt)).toBeLessThan(60_000);
  });

  it('stores the same proof sent again once, and replaces it with a correction in one go', async () => {
    const { driver, delivery } = await givenDelivery();
    const body = { receiverName: 'B. Meier', deliveredAt: '2026-01-05T11:00:00Z', signature: image(png('sig-b')), photos: [image(jpeg('b1'))] };
    const first = await sendProof(app, delivery, body, driver.token);
    expect(first.status).toBe(201);
    const images = await count('proof_of_delivery_images');
    const blobs = await count('pod_blobs');

    const again = await sendProof(app, delivery, body, driver.token);
    expect(again.status).toBe(200);
    expect(again.body.unchanged).toBe(true);
    expect(again.body.proofOfDelivery!.id).toBe(first.body.proofOfDelivery!.id);
    expect(again.body.proofOfDelivery!.signature!.id).toBe(first.body.proofOfDelivery!.signature!.id);
    expect([await count('proof_of_delivery_images'), await count('pod_blobs')]).toEqual([images, blobs]);

    const corrected = await sendProof(app, delivery, { ...body, receiverName: 'Bernd Meier', photos: [image(jpeg('b1')), image(jpeg('b2'))] }, driver.token);
    expect(corrected.status).toBe(201);
    expect(corrected.body.proofOfDelivery).toMatchObject({ id: first.body.proofOfDelivery!.id, receiverName: 'Bernd Meier', revision: 2 });
    expect(corrected.body.proofOfDelivery!.photos).toHaveLength(2);
    // The old images are gone with their bytes; one signature and two photos are left.
    expect([await count('proof_of_delivery_images'), await count('pod_blobs')]).toEqual([images + 1, blobs + 1]);
    const stale = new URL(first.body.proofOfDelivery!.signature!.url);
    expect((await fetch(`${app.url}${stale.pathname}${stale.search}`)).status).toBe(404);
    const [{ n }] = await app.sql<{ n: string }>('SELECT count(*) AS n FROM proofs_of_delivery WHERE stop_id = $1', [delivery]);
    expect(Number(n)).toBe(1);
  });

  it('lets staff and API keys of the tenant record and correct it', async () => {
    const { delivery } = await givenDelivery();
    const answer = await sendProof(app, delivery, { receiverName: 'Typed in by dispatch', signature: image(png('dispatch')) }, tenant.dispatcherToken);
    expect(answer.status).toBe(201);
    const other = await givenTenant(app);
    expect((await sendProof(app, delivery, { receiverName: 'Someone else' }, other.adminToken)).status).toBe(404);
  });
});

describe('the webhook', () => {
  it('tells stop.proof_of_delivery with ids only, once per proof and again for a correction', async () => {
    const own = await givenTenant(app);
    await givenEndpoint(app, own.adminToken, { url: `${receiver.url}/pod`, eventTypes: ['STOP_PROOF_OF_DELIVERY'] });
    const { consignment, driver } = await givenConsignmentWithDriver(app, own, { status: 'IN_TRANSIT' });
    const delivery = consignment.stops.find((s) => s.type === 'DELIVERY')!.id;
    const body = { receiverName: 'Hook Receiver', deliveredAt: '2026-01-05T09:00:00Z', signature: image(png('hook')) };
    const first = await sendProof(app, delivery, body, driver.token);
    await sendProof(app, delivery, body, driver.token);
    const mine = () => receiver.accepted().filter((h) => h.path === '/pod');
    await receiver.until(() => mine().length >= 1, 5_000, 'the first delivery');
    await sendProof(app, delivery, { ...body, receiverName: 'Hook Receiver (corrected)' }, driver.token);
    await receiver.until(() => mine().length >= 2, 5_000, 'the correction');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mine()).toHaveLength(2);
    const [recorded, corrected] = mine().map((h) => h.event);
    expect(recorded).toMatchObject({
      type: 'stop.proof_of_delivery',
      data: {
        consignment: { id: consignment.id },
        stop: { id: delivery, type: 'DELIVERY' },
        proofOfDelivery: { id: first.body.proofOfDelivery!.id, revision: 1, deliveredAt: '2026-01-05T09:00:00.000Z' },
      },
    });
    expect(corrected.data.proofOfDelivery).toMatchObject({ id: first.body.proofOfDelivery!.id, revision: 2 });
    // Never a URL, a receiver's name or an image.
    for (const hook of mine()) expect(hook.body).not.toMatch(/http|\/public\/pod|Hook Receiver|sig=/);
  });
});

describe('refusals', () => {
  let delivery: string;
  let pickup: string;
  let driverToken: string;
  beforeAll(async () => {
    const given = await givenDelivery();
    delivery = given.delivery;
    pickup = given.pickup;
    driverToken = given.driver.token;
  });

  const refused = async (body: unknown, token: string | null = driverToken, stopId = delivery, contentType?: string) => {
    const answer = await sendProof(app, stopId, body, token, contentType);
    return { status: answer.status, code: answer.body.errors?.[0].extensions.code, field: answer.body.errors?.[0].extensions.field, message: answer.body.errors?.[0].message };
  };

  it('refuses a text file named .png: the type is told by the bytes', async () => {
    const text = Buffer.from('this is not an image, whatever its name says\n');
    const answer = await refused({ receiverName: 'X', signature: image(text, 'signature.png') });
    expect(answer).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'signature.content' });
    expect(answer.message).toMatch(/not a PNG or JPEG image/);
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    expect(await refused({ receiverName: 'X', photos: [image(png('ok')), image(gif, 'photo.jpg')] })).toMatchObject({ status: 400, field: 'photos[1].content' });
  });

  it('refuses an oversized image, naming its size and the limit', async () => {
    const big = Buffer.concat([png('big'), Buffer.alloc(MAX_IMAGE_BYTES)]);
    const answer = await refused({ receiverName: 'X', photos: [image(big)] });
    expect(answer).toMatchObject({ status: 400, field: 'photos[0].content' });
    expect(answer.message).toMatch(/at most 0\.02 MB/);
  });

  it('refuses more photos than the limit, and a body beyond the upload limit', async () => {
    const photos = [1, 2, 3, 4].map((i) => image(png(`p${i}`)));
    expect(await refused({ receiverName: 'X', photos })).toMatchObject({ status: 400, field: 'photos', message: 'photos: has 4 photos; at most 3' });
    const huge = 'A'.repeat(5 * Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 100 * 1024);
    expect(await refused({ receiverName: 'X', photos: [{ content: huge }] })).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses a driver the consignment is not assigned to', async () => {
    const stranger = await givenDriver(app, tenant.adminToken, 'Other Driver');
    expect(await refused({ receiverName: 'X' }, stranger.token)).toMatchObject({ status: 403, code: 'FORBIDDEN', field: 'stopId' });
  });

  it('refuses a pickup stop, an unknown stop, a missing name, bad fields, no token and non-JSON', async () => {
    expect(await refused({ receiverName: 'X' }, driverToken, pickup)).toMatchObject({ status: 400, field: 'stopId', message: expect.stringMatching(/DELIVERY stops/) });
    expect(await refused({ receiverName: 'X' }, driverToken, '00000000-0000-4000-8000-000000000000')).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await refused({ receiverName: 'X' }, driverToken, 'not-a-uuid')).toMatchObject({ status: 404 });
    expect(await refused({})).toMatchObject({ status: 400, field: 'receiverName' });
    expect(await refused({ receiverName: 'X', latitude: 91, longitude: 0 })).toMatchObject({ status: 400, field: 'latitude' });
    expect(await refused({ receiverName: 'X', deliveredAt: '2999-01-01T00:00:00Z' })).toMatchObject({ status: 400, field: 'deliveredAt' });
    expect(await refused({ receiverName: 'X', signature: { content: 'not base64!' } })).toMatchObject({ status: 400, field: 'signature.content' });
    expect(await refused({ receiverName: 'X', colour: 'red' })).toMatchObject({ status: 400, field: 'colour' });
    expect(await refused({ receiverName: 'X' }, null)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await refused({ receiverName: 'X' }, 'tl_drv_not-a-real-token')).toMatchObject({ status: 401 });
    expect(await refused('receiverName=X', driverToken, delivery, 'application/x-www-form-urlencoded')).toMatchObject({ status: 415 });
    expect(await count('proofs_of_delivery WHERE stop_id = ' + `'${delivery}'`)).toBe(0);
  });
});

describe('signed image URLs', () => {
  let imageUrl: URL;
  let imageId: string;
  let bytes: Buffer;
  beforeAll(async () => {
    const { driver, delivery } = await givenDelivery();
    bytes = png('served');
    const answer = await sendProof(app, delivery, { receiverName: 'C', signature: image(bytes) }, driver.token);
    imageId = answer.body.proofOfDelivery!.signature!.id;
    imageUrl = new URL(answer.body.proofOfDelivery!.signature!.url);
  });
  const get = (path: string) => fetch(`${app.url}${path}`);

  it('serve the bytes with the stored type, privately, for no longer than the URL works', async () => {
    const res = await get(imageUrl.pathname + imageUrl.search);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const maxAge = Number(/^private, max-age=(\d+)$/.exec(res.headers.get('cache-control') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(TTL_SECONDS - 30);
    expect(maxAge).toBeLessThanOrEqual(TTL_SECONDS);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
    expect(sha256(bytes)).toHaveLength(64);
  });

  it('refuse a tampered, a missing, an expired and a too-far-ahead signature with a bare 404', async () => {
    const exp = imageUrl.searchParams.get('exp')!;
    const sig = imageUrl.searchParams.get('sig')!;
    const key = Buffer.from(hkdfSync('sha256', APP_SECRET, 'tracklink', 'pod-image-urls', 32));
    const signed = (id: string, at: number) => `/public/pod/${id}?exp=${at}&sig=${createHmac('sha256', key).update(`${id}.${at}`).digest('base64url')}`;
    // The test's own signature is the server's: the URL it makes with the same expiry works.
    expect((await get(signed(imageId, Number(exp)))).status).toBe(200);
    const now = Math.floor(Date.now() / 1000);
    for (const path of [
      `/public/pod/${imageId}?exp=${exp}&sig=${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`,
      `/public/pod/${imageId}?exp=${Number(exp) + 60}&sig=${sig}`,
      `/public/pod/${imageId}`,
      `/public/pod/${imageId}?exp=${exp}`,
      signed(imageId, now - 1),
      signed(imageId, now + TTL_SECONDS + 3600),
      signed('00000000-0000-4000-8000-000000000000', now + 60),
    ]) {
      const res = await get(path);
      expect([path, res.status, res.headers.get('content-type')]).toEqual([path, 404, 'text/plain; charset=utf-8']);
      expect(await res.text()).toBe('Not found');
    }
  });
});

describe('the public page', () => {
  it('shows the proof of a delivery stop only with the section on, position only with the map, and none on a revoked link', async () => {
    const { consignment, driver, delivery } = await givenDelivery();
    const { token, link } = await activeLinkOf(app, tenant, consignment);
    await sendProof(app, delivery, { receiverName: 'Dana', deliveredAt: '2026-01-05T12:00:00Z', latitude: 48.1, longitude: 11.5, signature: image(png('page-sig')), photos: [image(jpeg('page-1'))] }, driver.token);
    const proofOf = async () => (await shownPage(app, token)).stops.map((s) => s.proofOfDelivery);

    expect(await proofOf()).toEqual([null, null]);
    await app.ok(UPDATE_TEMPLATE, { input: { showProofOfDelivery: true } }, tenant.adminToken);
    const [pickupProof, shown] = await proofOf();
    expect(pickupProof).toBeNull();
    const fields = Object.fromEntries(shown!.map((f) => [f.label, f.value]));
    expect(fields).toMatchObject({ receiverName: 'Dana', deliveredAt: '2026-01-05T12:00:00.000Z', latitude: '48.1', longitude: '11.5' });
    expect(shown!.map((f) => f.label)).toEqual(['receiverName', 'deliveredAt', 'signature', 'photo', 'latitude', 'longitude']);
    // Same-origin signed paths that serve the image.
    expect(fields.signature).toMatch(/^\/public\/pod\/[0-9a-f-]{36}\?exp=\d+&sig=[\w-]+$/);
    const photo = await fetch(`${app.url}${fields.photo}`);
    expect([photo.status, photo.headers.get('content-type')]).toEqual([200, 'image/jpeg']);

    await app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { showMap: false } }, tenant.adminToken);
    expect((await proofOf())[1]!.map((f) => f.label)).toEqual(['receiverName', 'deliveredAt', 'signature', 'photo']);
    await app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { showProofOfDelivery: false } }, tenant.adminToken);
    expect(await proofOf()).toEqual([null, null]);
    await app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { showProofOfDelivery: true } }, tenant.adminToken);
    expect((await proofOf())[1]).not.toBeNull();

    await app.ok(REVOKE_TRACKING_LINK, { linkId: link.id }, tenant.adminToken);
    expect(await unavailableReason(app, token)).toBe('NOT_AVAILABLE');
    await app.ok(UPDATE_TEMPLATE, { input: { showProofOfDelivery: false } }, tenant.adminToken);
  });

  it('is a "Delivered" card of the server-rendered page, in the recipient\'s language, with plain images that load', async () => {
    const { consignment, driver, delivery } = await givenDelivery();
    const { token } = await activeLinkOf(app, tenant, consignment);
    await sendProof(app, delivery, { receiverName: 'Erika Muster', signature: image(png('ssr-sig')), photos: [image(jpeg('ssr-1')), image(jpeg('ssr-2'))] }, driver.token);
    const render = async () => {
      const res = await fetch(`${app.url}/t/${token}`, { headers: { 'Accept-Language': 'de-DE,de;q=0.9' } });
      expect(res.status).toBe(200);
      return res.text();
    };
    expect(await render()).not.toContain('tp-pod');

    await app.ok(UPDATE_TEMPLATE, { input: { showProofOfDelivery: true } }, tenant.adminToken);
    try {
      const html = await render();
      const card = /<section[^>]*class="tp-card tp-pod"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(card).toMatch(/<h2[^>]*>Zugestellt<\/h2>/);
      expect(card).toContain('Empfangen von');
      expect(card).toContain('Erika Muster');
      const images = [...card.matchAll(/<img src="([^"]+)" alt="([^"]+)"/g)].map((m) => ({ src: m[1].replace(/&amp;/g, '&'), alt: m[2] }));
      expect(images.map((i) => i.alt)).toEqual(['Unterschrift von Erika Muster', 'Zustellfoto 1 von 2', 'Zustellfoto 2 von 2']);
      for (const { src } of images) {
        const res = await fetch(`${app.url}${src}`);
        expect([res.status, res.headers.get('cache-control')?.startsWith('private, max-age=')]).toEqual([200, true]);
      }
    } finally {
      await app.ok(UPDATE_TEMPLATE, { input: { showProofOfDelivery: false } }, tenant.adminToken);
    }
  });
});

describe('the image route\'s limits', () => {
  it('counts bad signatures as misses of the public limits: over them, 429 with Retry-After, good URLs included', async () => {
    const limited = await startTestApp({ PUBLIC_MISS_LIMIT: '3', TRUST_PROXY: 'loopback' });
    try {
      const own = await givenTenant(limited);
      const { consignment, driver } = await givenConsignmentWithDriver(limited, own);
      const delivery = consignment.stops.find((s) => s.type === 'DELIVERY')!.id;
      const proof = await sendProof(limited, delivery, { receiverName: 'L', signature: image(png('limited')) }, driver.token);
      const good = new URL(proof.body.proofOfDelivery!.signature!.url);
      const from = (address: string) => ({ headers: { 'X-Forwarded-For': address } });
      expect((await fetch(`${limited.url}${good.pathname}${good.search}`, from('203.0.113.7'))).status).toBe(200);
      for (let i = 0; i < 3; i++) expect((await fetch(`${limited.url}${good.pathname}?exp=1&sig=guess${i}`, from('203.0.113.7'))).status).toBe(404);
      const refused = await fetch(`${limited.url}${good.pathname}${good.search}`, from('203.0.113.7'));
      expect([refused.status, Number(refused.headers.get('retry-after')) > 0]).toEqual([429, true]);
      // Another address is not held up.
      expect((await fetch(`${limited.url}${good.pathname}${good.search}`, from('203.0.113.8'))).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
