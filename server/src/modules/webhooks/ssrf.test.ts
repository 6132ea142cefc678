import os from 'node:os';
import { lookup } from 'node:dns/promises';
import { givenTenant } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { startReceiver, type WebhookReceiver } from '../../../test/webhook-receiver';
import { CREATE_WEBHOOK_ENDPOINT, deliveriesOf, givenEndpoint, SEND_TEST_WEBHOOK } from '../../../test/webhooks';
import { eventually } from '../../../test/eventually';
import { TokenVault } from '../../secrets';
import { addressFor, checkEndpointUrl, isPrivateAddress } from './ssrf';
import { WebhookWorker } from './webhook.worker';

describe('endpoint URLs', () => {
  it('are https; http only to this machine, and only outside production', () => {
    expect(checkEndpointUrl('https://hooks.example.com/in', true)).toBe('https://hooks.example.com/in');
    expect(checkEndpointUrl(' https://hooks.example.com/in#x ', false)).toBe('https://hooks.example.com/in');
    expect(checkEndpointUrl('http://127.0.0.1:9000/in', false)).toBe('http://127.0.0.1:9000/in');
    expect(checkEndpointUrl('http://localhost:9000/in', false)).toBe('http://localhost:9000/in');
    expect(checkEndpointUrl('http://[::1]:9000/in', false)).toBe('http://[::1]:9000/in');
    for (const [url, production] of [
      ['http://hooks.example.com/in', false],
      ['http://127.0.0.1:9000/in', true],
      ['http://localhost/in', true],
      ['ftp://hooks.example.com/in', false],
      ['https://user:secret@hooks.example.com/in', false],
      ['hooks.example.com/in', false],
    ] as const) {
      expect(() => checkEndpointUrl(url, production)).toThrow(/input\.url/);
    }
  });

  it('in production, name no private, loopback or link-local address, however it is written', () => {
    for (const url of [
      'https://127.0.0.1/in',
      'https://2130706433/in', // 127.0.0.1 as one number
      'https://0x7f.1/in',
      'https://localhost/in',
      'https://api.localhost/in',
      'https://10.1.2.3/in',
      'https://172.16.0.1/in',
      'https://192.168.1.1/in',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/in',
      'https://[::ffff:127.0.0.1]/in',
      'https://[fd00::1]/in',
      'https://[fe80::1]/in',
      'https://0.0.0.0/in',
    ]) {
      expect(() => checkEndpointUrl(url, true)).toThrow(/private, loopback or link-local/);
    }
    expect(checkEndpointUrl('https://93.184.215.14/in', true)).toBe('https://93.184.215.14/in');
  });
});

describe('addresses', () => {
  it('private, loopback, link-local and reserved ranges are refused; public ones are not', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '10.0.0.1', '172.31.255.255', '192.168.0.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1',
      '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:10.0.0.1', '::ffff:7f00:1', '64:ff9b::a00:1', 'not-an-address']) {
      expect([a, isPrivateAddress(a)]).toEqual([a, true]);
    }
    for (const a of ['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect([a, isPrivateAddress(a)]).toEqual([a, false]);
    }
  });

  it('are checked after resolution: a name resolving to a private address is refused, and the one checked is the one used', async () => {
    const to = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    await expect(addressFor('hooks.example.com', to('127.0.0.1'), true)).rejects.toThrow(/hooks\.example\.com resolves to 127\.0\.0\.1/);
    await expect(addressFor('hooks.example.com', to('93.184.215.14', '10.0.0.7'), true)).rejects.toThrow(/10\.0\.0\.7/);
    await expect(addressFor('hooks.example.com', to('93.184.215.14'), true)).resolves.toEqual({ address: '93.184.215.14', family: 4 });
    await expect(addressFor('127.0.0.1', to(), true)).rejects.toThrow(/127\.0\.0\.1/);
    await expect(addressFor('hooks.example.com', to('127.0.0.1'), false)).resolves.toEqual({ address: '127.0.0.1', family: 4 });
  });
});

describe('with NODE_ENV=production', () => {
  let app: TestApp;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await startReceiver();
    app = await startTestApp({ NODE_ENV: 'production', WEBHOOK_POLL_MS: '20', WEBHOOK_BACKOFF_MS: '1000', LOG_FORMAT: 'json' });
  });
  afterAll(async () => {
    await app.close();
    await receiver.close();
  });

  it('refuses an endpoint at 127.0.0.1, and sends nothing to a name that resolves to it', async () => {
    const tenant = await givenTenant(app);
    const port = new URL(receiver.url).port;
    for (const url of [`https://127.0.0.1:${port}/in`, `http://127.0.0.1:${port}/in`, `https://localhost:${port}/in`]) {
      const refused = await app.gql(CREATE_WEBHOOK_ENDPOINT, { input: { url, eventTypes: ['CONSIGNMENT_CREATED'] } }, tenant.adminToken);
      expect([url, refused.errors?.[0].extensions]).toEqual([url, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.url' })]);
    }
    // This machine's own name passes the URL check and resolves (through the real resolver) to
    // a loopback or private address: the worker refuses it when it would connect.
    const host = os.hostname();
    const resolved = await lookup(host, { all: true });
    expect(resolved.some((a) => isPrivateAddress(a.address))).toBe(true);
    const { endpoint } = await givenEndpoint(app, tenant.adminToken, { url: `https://${host}:${port}/in`, eventTypes: ['CONSIGNMENT_CREATED'] });
    await app.ok(SEND_TEST_WEBHOOK, { endpointId: endpoint.id }, tenant.adminToken);
    const refused = await eventually(async () => {
      const [d] = await deliveriesOf(app, tenant.adminToken, endpoint.id);
      return d.lastError ? d : false;
    }, { timeoutMs: 5000, what: 'the refused attempt' });
    expect(refused.lastError).toMatch(new RegExp(`refused: ${host} resolves to .*private, loopback or link-local`));
    expect(refused.lastStatusCode).toBeNull();

    // DNS rebinding: a name that resolved to a public address before resolves to 127.0.0.1 when
    // the request is made; the worker resolves once, checks that answer and connects to it.
    let lookups = 0;
    const rebindingDns = async () => [{ address: lookups++ === 0 ? '93.184.215.14' : '127.0.0.1', family: 4 }];
    const rebinding = new WebhookWorker(
      app.server.db.dataSource,
      new TokenVault('test-secret-test-secret-test-secret-0123'),
      { pollMs: 20, timeoutMs: 500, backoffMs: 1000, concurrency: 4, disableAfterFailures: 5, blockPrivateAddresses: true, resolve: rebindingDns },
      app.server.log,
    );
    await app.server.services.webhookWorker.stop();
    const { endpoint: rebound } = await givenEndpoint(app, tenant.adminToken, { url: `https://rebinding.example.com:${port}/in`, eventTypes: ['CONSIGNMENT_CREATED'] });
    // An earlier look-up (someone checking the name by hand) saw a public address.
    expect(await addressFor('rebinding.example.com', rebindingDns, true)).toEqual({ address: '93.184.215.14', family: 4 });
    await app.ok(SEND_TEST_WEBHOOK, { endpointId: rebound.id }, tenant.adminToken);
    expect(await rebinding.runOnce()).toBeGreaterThanOrEqual(1);
    const [attempt] = await deliveriesOf(app, tenant.adminToken, rebound.id);
    expect(attempt.lastError).toMatch(/rebinding\.example\.com resolves to 127\.0\.0\.1/);
    expect(receiver.received).toEqual([]);
    rebinding.destroy();
  });
});
