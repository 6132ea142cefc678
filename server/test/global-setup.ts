import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../src/db/embedded-postgres';
import { createLogger } from '../src/logger';

declare global {
  // eslint-disable-next-line no-var
  var __tracklinkCluster: { cluster: EmbeddedCluster; dir: string } | undefined;
}

/** Without TEST_DATABASE_URL, one embedded cluster serves the whole run. */
export default async function globalSetup(): Promise<void> {
  // The run's log audit (secret-audit.ts): test servers write their lines here.
  if (process.env.TEST_LOG_LEVEL !== 'silent') process.env.TRACKLINK_AUDIT_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'tracklink-audit-'));
  if (process.env.TEST_DATABASE_URL) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracklink-test-'));
  const cluster = await startEmbeddedPostgres(dir, createLogger({ level: 'error', format: 'pretty' }));
  globalThis.__tracklinkCluster = { cluster, dir };
  process.env.TEST_DATABASE_URL = cluster.url;
}
