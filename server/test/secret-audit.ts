import fs from 'node:fs';
import path from 'node:path';

/**
 * The log audit of a test run: every test server writes its log lines to a file of the run,
 * every credential the tests are given or give (session and API-key and driver tokens, tracking
 * link tokens, passwords) is noted beside them, and at the end of the run (global teardown)
 * no credential may appear in any log line. Off when TEST_LOG_LEVEL=silent.
 */
const dir = () => process.env.TRACKLINK_AUDIT_DIR;
const file = (kind: 'log' | 'secrets') => path.join(dir()!, `${kind}-${process.pid}.txt`);

/** Opaque tokens are a prefix and 43 base64url characters (256 bits); link tokens are the 43 alone. */
const TOKEN = /(?:tls_|tlk_|tld_)?[A-Za-z0-9_-]{43}/g;
const SECRET_KEYS = new Set(['password', 'adminPassword', 'token', 'key', 'secret', 'deviceKey']);

export const auditing = () => Boolean(dir()) && process.env.TEST_LOG_LEVEL !== 'silent';

/** Where a test server's log lines go (besides a test's own sink). */
export function auditSink(): ((line: string) => void) | undefined {
  if (!auditing()) return undefined;
  const target = file('log');
  return (line) => fs.appendFileSync(target, line.endsWith('\n') ? line : `${line}\n`);
}

/** Notes every credential in a request's variables or an answer's data. */
export function noteSecrets(value: unknown): void {
  if (!auditing()) return;
  const found: string[] = [];
  const walk = (v: unknown, key?: string) => {
    if (typeof v === 'string') {
      if (key && SECRET_KEYS.has(key) && v.length >= 8) found.push(v);
      const link = /\/t\/([A-Za-z0-9_-]{20,})/.exec(v);
      if (link) found.push(link[1]);
      return;
    }
    if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(value);
  if (found.length) fs.appendFileSync(file('secrets'), found.map((s) => `${JSON.stringify(s)}\n`).join(''));
}

/** After the run: the credentials that appear in a log line, with the line. */
export function auditRun(auditDir: string): { leaks: Array<{ secret: string; line: string }>; lines: number; secrets: number } {
  const read = (prefix: string) =>
    fs
      .readdirSync(auditDir)
      .filter((f) => f.startsWith(prefix))
      .flatMap((f) => fs.readFileSync(path.join(auditDir, f), 'utf8').split('\n').filter(Boolean));
  const secrets = new Set(read('secrets-').map((l) => JSON.parse(l) as string));
  const tokens = new Set([...secrets].filter((s) => /^(?:tls_|tlk_|tld_)?[A-Za-z0-9_-]{43}$/.test(s)));
  const others = [...secrets].filter((s) => !tokens.has(s));
  const leaks: Array<{ secret: string; line: string }> = [];
  const lines = read('log-');
  for (const line of lines) {
    for (const match of line.match(TOKEN) ?? []) if (tokens.has(match)) leaks.push({ secret: match, line });
    for (const secret of others) if (line.includes(secret)) leaks.push({ secret, line });
  }
  return { leaks, lines: lines.length, secrets: secrets.size };
}
