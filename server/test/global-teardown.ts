import fs from 'node:fs';
import { auditRun } from './secret-audit';

export default async function globalTeardown(): Promise<void> {
  const running = globalThis.__tracklinkCluster;
  if (running) {
    await running.cluster.stop();
    fs.rmSync(running.dir, { recursive: true, force: true });
  }
  const auditDir = process.env.TRACKLINK_AUDIT_DIR;
  if (!auditDir || !fs.existsSync(auditDir)) return;
  const { leaks, lines, secrets } = auditRun(auditDir);
  fs.rmSync(auditDir, { recursive: true, force: true });
  if (leaks.length) {
    const shown = leaks.slice(0, 5).map((l) => `  ${l.secret.slice(0, 6)}…: ${l.line.slice(0, 300)}`);
    throw new Error(`The log of this run holds credentials the tests used (${leaks.length} times):\n${shown.join('\n')}`);
  }
  if (lines) console.log(`log audit: ${lines} log lines of the run's servers, ${secrets} credentials the tests used, none in the log`);
}
