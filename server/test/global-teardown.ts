import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const running = globalThis.__tracklinkCluster;
  if (!running) return;
  await running.cluster.stop();
  fs.rmSync(running.dir, { recursive: true, force: true });
}
