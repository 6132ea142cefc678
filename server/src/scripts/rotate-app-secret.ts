/**
 * `npm run rotate-secret -- --from-env OLD_APP_SECRET`: moves every stored tracking-link token
 * from the old APP_SECRET to the new one (APP_SECRET), in one transaction.
 *
 * A link's token is stored twice, both with keys derived from APP_SECRET (secrets.ts): as an
 * HMAC for look-up (token_hash) and AES-256-GCM-encrypted so staff can copy the URL again
 * (token_encrypted). The tokens themselves do not change: every URL that was sent keeps working.
 * (The secret also signs the admin console's CSRF tokens; those need no moving: the console's
 * users sign in again.)
 * Each row is decrypted with the old secret, its hash checked against the old look-up key, and
 * both are written again under the new secret; rows already under the new secret (a second run,
 * a link made by a replica still on the old secret) are left as they are, and a row under neither
 * secret stops the run before anything is written.
 *
 * Options: --from-env NAME (the old secret is in the environment variable NAME) or --from-file
 * PATH (e.g. DATA_DIR/app-secret); --dry-run (check and count, write nothing). The database is
 * DATABASE_URL, else the embedded one under DATA_DIR (stop the server first). Secrets are never
 * taken from the command line (other users see it) and never printed.
 */
import fs from 'node:fs';
import { Client, type ClientBase } from 'pg';
import { ConfigError, loadConfig } from '../config';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../db/embedded-postgres';
import { createLogger } from '../logger';
import { TokenVault } from '../secrets';

export interface RotationResult {
  /** Links moved from the old secret to the new one. */
  rotated: number;
  /** Links already under the new secret, left as they were. */
  alreadyNew: number;
  /** Whether it was written (false for a dry run). */
  committed: boolean;
}

export class RotationError extends Error {}

/** Rows written per statement. */
const BATCH = 1_000;

/**
 * Re-encrypts every tracking-link token and recomputes its look-up hash under `newSecret`, in
 * one transaction on `client`. The table is locked against writes meanwhile (replicas still
 * running wait to create or change a link; reads go on).
 */
export async function rotateAppSecret(client: ClientBase, oldSecret: string, newSecret: string, options: { dryRun?: boolean } = {}): Promise<RotationResult> {
  if (oldSecret === newSecret) throw new RotationError('the old and the new secret are the same');
  const before = new TokenVault(oldSecret);
  const after = new TokenVault(newSecret);
  await client.query('BEGIN');
  try {
    await client.query('LOCK TABLE tracking_links IN SHARE ROW EXCLUSIVE MODE');
    const { rows } = await client.query<{ id: string; token_hash: string; token_encrypted: string }>(
      'SELECT id, token_hash, token_encrypted FROM tracking_links ORDER BY id',
    );
    const updates: Array<{ id: string; hash: string; sealed: string }> = [];
    const unreadable: string[] = [];
    let alreadyNew = 0;
    for (const row of rows) {
      const underOld = open(before, row.token_encrypted, row.token_hash);
      if (underOld !== null) {
        updates.push({ id: row.id, hash: after.lookupHash(underOld), sealed: after.encrypt(underOld) });
      } else if (open(after, row.token_encrypted, row.token_hash) !== null) {
        alreadyNew++;
      } else {
        unreadable.push(row.id);
      }
    }
    if (unreadable.length) {
      const shown = unreadable.slice(0, 10).join(', ') + (unreadable.length > 10 ? ', …' : '');
      throw new RotationError(
        `${unreadable.length} of ${rows.length} tracking links are under neither secret (${shown}); is the old secret the right one? Nothing was changed.`,
      );
    }
    for (let i = 0; i < updates.length; i += BATCH) {
      const batch = updates.slice(i, i + BATCH);
      await client.query(
        `UPDATE tracking_links t SET token_hash = u.hash, token_encrypted = u.sealed
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, hash, sealed)
          WHERE t.id = u.id`,
        [batch.map((u) => u.id), batch.map((u) => u.hash), batch.map((u) => u.sealed)],
      );
    }
    await client.query(options.dryRun ? 'ROLLBACK' : 'COMMIT');
    return { rotated: updates.length, alreadyNew, committed: !options.dryRun };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The token of a row if `vault` opens it and its hash is that vault's, else null. */
function open(vault: TokenVault, sealed: string, hash: string): string | null {
  let token: string;
  try {
    token = vault.decrypt(sealed);
  } catch {
    return null;
  }
  return vault.lookupHash(token) === hash ? token : null;
}

interface Args {
  oldSecret: string;
  dryRun: boolean;
}

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Args {
  let oldSecret: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new ConfigError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--from-env') {
      const name = value();
      oldSecret = env[name];
      if (!oldSecret) throw new ConfigError(`the environment variable ${name} (the old secret) is not set`);
    } else if (arg === '--from-file') {
      const file = value();
      if (!fs.existsSync(file)) throw new ConfigError(`${file} (the old secret) does not exist`);
      oldSecret = fs.readFileSync(file, 'utf8').trim();
    } else if (arg === '--dry-run') {
      dryRun = true;
    } else {
      // Not echoed: it may be a secret typed where it does not belong.
      throw new ConfigError('unknown option (options: --from-env NAME | --from-file PATH, --dry-run; secrets are never taken from the command line)');
    }
  }
  if (!oldSecret) throw new ConfigError('say where the old secret is: --from-env NAME or --from-file PATH');
  return { oldSecret, dryRun };
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const args = parseArgs(process.argv.slice(2), process.env);
  if (!config.appSecret) throw new ConfigError('APP_SECRET (the new secret, 32+ characters) is not set');
  let cluster: EmbeddedCluster | undefined;
  let url = config.databaseUrl;
  if (!url) {
    cluster = await startEmbeddedPostgres(config.dataDir, createLogger({ level: 'error', format: 'pretty' }));
    url = cluster.url;
  }
  const client = new Client({ connectionString: url, application_name: 'tracklink rotate-app-secret' });
  try {
    await client.connect();
    const result = await rotateAppSecret(client, args.oldSecret, config.appSecret, { dryRun: args.dryRun });
    const counts = `${result.rotated} tracking link(s) to move to the new secret, ${result.alreadyNew} already under it`;
    if (!result.committed) {
      console.log(`Dry run: ${counts}. Nothing was written.`);
    } else {
      console.log(`Moved ${result.rotated} tracking link(s) to the new secret (${result.alreadyNew} were already under it).`);
      console.log('Start every replica with the new APP_SECRET now; until then, replicas on the old one do not find these links.');
    }
  } finally {
    await client.end().catch(() => undefined);
    await cluster?.stop();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      if (error instanceof ConfigError) {
        console.error(`rotate-app-secret: ${error.message}`);
        process.exit(2);
      }
      console.error(`rotate-app-secret: ${error instanceof RotationError ? error.message : error}`);
      process.exit(1);
    },
  );
}
