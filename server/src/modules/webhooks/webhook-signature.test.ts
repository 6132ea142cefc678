import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { signerFor } from './webhook.worker';

// The worker signs with node:crypto; the standardwebhooks package is the reference it must
// agree with, byte for byte, and what receivers verify with.

describe('the delivery signature', () => {
  it('is the standardwebhooks signature, for any secret, id, time and body', () => {
    for (let i = 0; i < 200; i++) {
      const secret = `whsec_${randomBytes(8 + (i % 40)).toString('base64')}`;
      const id = `msg_${randomBytes(6).toString('hex')}`;
      const at = new Date(1_600_000_000_000 + i * 7_777_777);
      const body = JSON.stringify({ i, text: 'Zürich → Łódź 🚚', blob: randomBytes(i).toString('base64') });
      const signature = signerFor(secret).sign(id, at, body);
      expect(signature).toBe(new Webhook(secret).sign(id, at, body));
    }
  });

  it('takes a secret without the whsec_ prefix as the package does, and verifies with the package', () => {
    const raw = randomBytes(24).toString('base64');
    const at = new Date();
    const signature = signerFor(raw).sign('msg_1', at, '{"a":1}');
    expect(signature).toBe(new Webhook(raw).sign('msg_1', at, '{"a":1}'));
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signature };
    expect(new Webhook(`whsec_${raw}`).verify('{"a":1}', headers)).toEqual({ a: 1 });
  });
});
