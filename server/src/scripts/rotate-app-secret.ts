/**
 * `npm run rotate-secret -- --from-env OLD_APP_SECRET`: moves everything stored under the old
 * APP_SECRET to the new one (APP_SECRET), in one transaction.
 *
 * What is stored with keys derived from APP_SECRET (secrets.ts):
 * - a tracking link's token, twice: as an HMAC for look-up (token_hash) and AES-256-GCM-encrypted
 *   so staff can copy the URL again (token_encrypted). The tokens themselves do not change: every
 *   URL that was sent keeps working;
 * - a webhook endpoint's signing secrets (secret_encrypted, and previous_secret_encrypted during
 *   a rotation's grace period), encrypted the same way. The secrets themselves do not change:
 *   receivers keep verifying with the ones they have.
 * (The secret also signs the admin console's CSRF tokens; those need no moving: the console's
 * users sign in again.)
 *
 * Each value is opened with the old secret (a link's hash checked against the old look-up key)
 * and written again under the new one; values already under the new secret (a second run, a
 * link made by a replica still on the old secret) are left as they are, and a value under
 * neither secret stops the run before anything is written.
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

export interface Moved {
  /** Moved from the old secret to the new one. */
  rotated: number;
  /** Already under the new secret, left as they were. */
  alreadyNew: number;
}

export interface RotationResult {
  links: Moved;
  /** Webhook signing secrets (current and previous ones counted apart). */
  webhookSecrets: Moved;
  /** Whether it was written (false for a dry run). */
  committed: boolean;
}

export class RotationError extends Error {}

/** Rows written per statement. */
const BATCH = 1_000;

/** What one stored value becomes: moved (its new form), already new, or unreadable. */
type Verdict = { moved: string } | 'new' | 'unreadable';

/** An encrypted value, under the old secret or the new one. */
function reseal(before: TokenVault, after: TokenVault, sealed: string): Verdict {
  const plain = decrypt(before, sealed);
  if (plain !== null) return { moved: after.encrypt(plain) };
  return decrypt(after, sealed) !== null ? 'new' : 'unreadable';
}

function decrypt(vault: TokenVault, sealed: string): string | null {
  try {
    return vault.decrypt(sealed);
  } catch {
    return null;
  }
}

async function exists(client: ClientBase, table: string): Promise<boolean> {
  const { rows } = await client.query<{ found: string | null }>('SELECT to_regclass($1) AS found', [`public.${table}`]);
  return rows[0].found !== null;
}

/**
 * Moves every tracking-link and order-link token (re-encrypted, look-up hash recomputed) and every webhook
 * signing secret (re-encrypted) to `newSecret`, in one transaction on `client`. Both tables are
 * locked against writes meanwhile (replicas still running wait to create or change a link or an
 * endpoint; reads go on).
 */
export async function rotateAppSecret(client: ClientBase, oldSecret: string, newSecret: string, options: { dryRun?: boolean } = {}): Promise<RotationResult> {
  if (oldSecret === newSecret) throw new RotationError('the old and the new secret are the same');
  const before = new TokenVault(oldSecret);
  const after = new TokenVault(newSecret);
  await client.query('BEGIN');
  try {
    const webhooks = await exists(client, 'webhook_endpoints');
    const orderLinks = await exists(client, 'order_links');
    const tokenTables = orderLinks ? ['tracking_links', 'order_links'] : ['tracking_links'];
    await client.query(`LOCK TABLE ${[...tokenTables, ...(webhooks ? ['webhook_endpoints'] : [])].join(', ')} IN SHARE ROW EXCLUSIVE MODE`);
    const unreadable: string[] = [];

    // Tracking links and order links: the encrypted token, and its look-up hash.
    const linkUpdates: Array<{ table: string; id: string; hash: string; sealed: string }> = [];
    const linksMoved: Moved = { rotated: 0, alreadyNew: 0 };
    let linkCount = 0;
    for (const table of tokenTables) {
      const links = await client.query<{ id: string; token_hash: string; token_encrypted: string }>(`SELECT id, token_hash, token_encrypted FROM ${table} ORDER BY id`);
      linkCount += links.rows.length;
      for (const row of links.rows) {
        const token = open(before, row.token_encrypted, row.token_hash);
        if (token !== null) {
          linkUpdates.push({ table, id: row.id, hash: after.lookupHash(token), sealed: after.encrypt(token) });
          linksMoved.rotated++;
        } else if (open(after, row.token_encrypted, row.token_hash) !== null) {
          linksMoved.alreadyNew++;
        } else {
          unreadable.push(`${table === 'order_links' ? 'order link' : 'tracking link'} ${row.id}`);
        }
      }
    }

    // Webhook endpoints: the signing secret, and the previous one while it still signs.
    const endpointUpdates: Array<{ id: string; secret: string; previous: string | null }> = [];
    const secretsMoved: Moved = { rotated: 0, alreadyNew: 0 };
    let endpointCount = 0;
    if (webhooks) {
      const endpoints = await client.query<{ id: string; secret_encrypted: string; previous_secret_encrypted: string | null }>(
        'SELECT id, secret_encrypted, previous_secret_encrypted FROM webhook_endpoints ORDER BY id',
      );
      endpointCount = endpoints.rows.length;
      for (const row of endpoints.rows) {
        const values = [row.secret_encrypted, row.previous_secret_encrypted];
        const verdicts = values.map((v) => (v === null ? null : reseal(before, after, v)));
        if (verdicts.includes('unreadable')) {
          unreadable.push(`webhook endpoint ${row.id}`);
          continue;
        }
        for (const v of verdicts) {
          if (v === 'new') secretsMoved.alreadyNew++;
          else if (v !== null) secretsMoved.rotated++;
        }
        if (verdicts.some((v) => v !== null && v !== 'new')) {
          const [secret, previous] = verdicts.map((v, i) => (v !== null && typeof v === 'object' ? v.moved : values[i]));
          endpointUpdates.push({ id: row.id, secret: secret!, previous });
        }
      }
    }

    if (unreadable.length) {
      const shown = unreadable.slice(0, 10).join(', ') + (unreadable.length > 10 ? ', …' : '');
      throw new RotationError(
        `${unreadable.length} of ${linkCount + endpointCount} tracking links and webhook endpoints are under neither secret (${shown}); is the old secret the right one? Nothing was changed.`,
      );
    }
    for (const table of tokenTables) {
      const updates = linkUpdates.filter((u) => u.table === table);
      for (let i = 0; i < updates.length; i += BATCH) {
        const batch = updates.slice(i, i + BATCH);
        await client.query(
          `UPDATE ${table} t SET token_hash = u.hash, token_encrypted = u.sealed
             FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, hash, sealed)
            WHERE t.id = u.id`,
          [batch.map((u) => u.id), batch.map((u) => u.hash), batch.map((u) => u.sealed)],
        );
      }
    }
    for (let i = 0; i < endpointUpdates.length; i += BATCH) {
      const batch = endpointUpdates.slice(i, i + BATCH);
      await client.query(
        `UPDATE webhook_endpoints w SET secret_encrypted = u.secret, previous_secret_encrypted = u.previous
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, secret, previous)
          WHERE w.id = u.id`,
        [batch.map((u) => u.id), batch.map((u) => u.secret), batch.map((u) => u.previous)],
      );
    }
    await client.query(options.dryRun ? 'ROLLBACK' : 'COMMIT');
    return { links: linksMoved, webhookSecrets: secretsMoved, committed: !options.dryRun };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** A link's token if `vault` opens it and its hash is that vault's, else null. */
function open(vault: TokenVault, sealed: string, hash: string): string | null {
  const token = decrypt(vault, sealed);
  return token !== null && vault.lookupHash(token) === hash ? token : null;
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
    const { links, webhookSecrets } = result;
    const counts = `${links.rotated} tracking link(s) and ${webhookSecrets.rotated} webhook signing secret(s)`;
    const already = `${links.alreadyNew} link(s) and ${webhookSecrets.alreadyNew} webhook secret(s) were already under it`;
    if (!result.committed) {
      console.log(`Dry run: ${counts} to move to the new secret (${already}). Nothing was written.`);
    } else {
      console.log(`Moved ${counts} to the new secret (${already}).`);
      console.log('Start every replica with the new APP_SECRET now; until then, replicas on the old one find no link and sign no webhook.');
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
