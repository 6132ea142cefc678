import { givenConsignmentWithDriver, givenTenant, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { image, jpeg, png, sendProof } from '../../../test/proof-of-delivery';
import { startTestBucket, type TestBucket } from '../../../test/s3';

// With S3_URL, proof-of-delivery images go to an S3-compatible bucket (s3rver on loopback
// here) through the AWS SDK, and are served from it the same way; nothing goes to pod_blobs.

const TTL_SECONDS = 2;
let bucket: TestBucket;
let app: TestApp;
let tenant: TenantFixture;

beforeAll(async () => {
  bucket = await startTestBucket();
  app = await startTestApp({ S3_URL: bucket.url, POD_URL_TTL_SECONDS: String(TTL_SECONDS) });
  tenant = await givenTenant(app);
});
afterAll(async () => {
  await app.close();
  await bucket.close();
});

const served = async (url: string) => {
  const { pathname, search } = new URL(url);
  const res = await fetch(`${app.url}${pathname}${search}`);
  return { status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), bytes: Buffer.from(await res.arrayBuffer()) };
};

it('stores the images in the bucket and serves the same bytes; a correction removes the replaced ones', async () => {
  const { consignment, driver } = await givenConsignmentWithDriver(app, tenant, { status: 'IN_TRANSIT' });
  const delivery = consignment.stops.find((s) => s.type === 'DELIVERY')!.id;
  const signature = png('s3-signature');
  const photo = jpeg('s3-photo');
  const first = await sendProof(app, delivery, { receiverName: 'S. Three', signature: image(signature), photos: [image(photo)] }, driver.token);
  expect(first.status).toBe(201);
  const proof = first.body.proofOfDelivery!;

  const rows = await app.sql<{ id: string; storage: string; blob_key: string }>('SELECT id, storage, blob_key FROM proof_of_delivery_images ORDER BY sequence');
  expect(rows.map((r) => r.storage)).toEqual(['S3', 'S3']);
  expect(bucket.keys().sort()).toEqual(rows.map((r) => r.blob_key).sort());
  expect(bucket.read(rows[0].blob_key)).toEqual(signature);
  expect(bucket.read(rows[1].blob_key)).toEqual(photo);
  expect(await app.sql('SELECT key FROM pod_blobs')).toEqual([]);

  expect(await served(proof.signature!.url)).toMatchObject({ status: 200, type: 'image/png', bytes: signature });
  expect(await served(proof.photos[0].url)).toMatchObject({ status: 200, type: 'image/jpeg', bytes: photo });

  // The same proof again: nothing new in the bucket.
  const again = await sendProof(app, delivery, { receiverName: 'S. Three', signature: image(signature), photos: [image(photo)] }, driver.token);
  expect([again.status, again.body.unchanged]).toEqual([200, true]);
  expect(bucket.keys()).toHaveLength(2);

  const corrected = await sendProof(app, delivery, { receiverName: 'S. Three', signature: image(png('s3-signature-2')) }, driver.token);
  expect(corrected.status).toBe(201);
  const [left] = await app.sql<{ blob_key: string }>('SELECT blob_key FROM proof_of_delivery_images');
  expect(bucket.keys()).toEqual([left.blob_key]);
  expect(bucket.read(left.blob_key)).toEqual(png('s3-signature-2'));
  expect((await served(proof.signature!.url)).status).toBe(404);

  // The URL expires: after POD_URL_TTL_SECONDS it is refused.
  const fresh = corrected.body.proofOfDelivery!.signature!.url;
  expect((await served(fresh)).status).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, TTL_SECONDS * 1000 + 1100));
  expect(await served(fresh)).toMatchObject({ status: 404, cache: 'no-store' });
});

it('answers 503 and stores nothing while the bucket is away', async () => {
  const away = await startTestBucket('away-bucket');
  const url = away.url;
  await away.close();
  const other = await startTestApp({ S3_URL: url });
  try {
    const otherTenant = await givenTenant(other);
    const { consignment, driver } = await givenConsignmentWithDriver(other, otherTenant);
    const delivery = consignment.stops.find((s) => s.type === 'DELIVERY')!.id;
    const answer = await sendProof(other, delivery, { receiverName: 'Nobody', signature: image(png('lost')) }, driver.token);
    expect([answer.status, answer.body.errors?.[0].extensions.code, answer.headers.get('retry-after')]).toEqual([503, 'SERVICE_UNAVAILABLE', '5']);
    expect(await other.sql('SELECT id FROM proofs_of_delivery')).toEqual([]);
  } finally {
    await other.close();
  }
});
