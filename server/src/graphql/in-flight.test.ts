import { InFlightOperations } from './in-flight';

type Hooks = { willSendResponse(): Promise<void> };
const start = async (t: InFlightOperations) => (await (t.plugin.requestDidStart as () => Promise<Hooks>)()) as Hooks;

it('waits for running operations before shutdown goes on, and no longer than the bound', async () => {
  const tracker = new InFlightOperations();
  await tracker.idle(10); // nothing running: at once
  const op = await start(tracker);
  let idle = false;
  const waiting = tracker.idle(5_000).then(() => (idle = true));
  await new Promise((r) => setTimeout(r, 20));
  expect(idle).toBe(false);
  await op.willSendResponse();
  await waiting;
  expect(idle).toBe(true);

  await start(tracker); // never finishes
  const began = Date.now();
  await tracker.idle(50);
  expect(Date.now() - began).toBeGreaterThanOrEqual(45);
});
