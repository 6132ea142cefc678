/**
 * docker/nginx.conf, made to run on this machine: the file is the one source of truth and is
 * only rewritten where addresses differ (the upstream servers, the listen port) and, for tests,
 * in its read timeout. Every rewrite must match exactly as often as expected, so a change to the
 * file that the rewrite no longer understands fails loudly instead of testing something else.
 */

export interface Address {
  host: string;
  port: number;
}

export interface LocalNginx {
  /** The entry point: docker/nginx.conf's own server block, round robin over every replica. */
  listen: Address;
  /** The replicas, in the order of the file's `server-1`, `server-2`, … */
  replicas: Address[];
  /**
   * One more entry per replica: a copy of the same server block whose proxy_pass names only that
   * replica, so a client can choose which replica serves it and still go through every other
   * directive of the file.
   */
  pinned: Address[];
  /** nginx's prefix: pid file, temp paths. */
  dir: string;
  /** Where the file's access log goes instead of /var/log/nginx/access.log. */
  accessLog: string;
  /** Replaces the file's proxy_read_timeout (e.g. "2s", so a test can outlast it quickly). */
  proxyReadTimeout?: string;
}

/** The response header that tells which replica served a request (nginx's $upstream_addr). */
export const UPSTREAM_HEADER = 'X-Tracklink-Upstream';

/** Replaces every match of `pattern` (global) and checks how many there were. */
function replaceCounted(text: string, pattern: RegExp, replacement: (...groups: string[]) => string, expected: number, what: string): string {
  let count = 0;
  const result = text.replace(pattern, (...args: string[]) => {
    count++;
    return replacement(...args);
  });
  if (count !== expected) throw new Error(`docker/nginx.conf: expected ${expected} ${what}, found ${count}`);
  return result;
}

/** The replica numbers that the file's upstream names (`server server-N:4000;`), in order. */
export function replicaNames(template: string): number[] {
  return [...template.matchAll(/^\s*server\s+server-(\d+):4000\s*;/gm)].map((m) => Number(m[1]));
}

/** The text of the file's (only) `server { … }` block, braces matched. */
function serverBlock(template: string): { start: number; end: number } {
  const starts = [...template.matchAll(/^server\s*\{/gm)];
  if (starts.length !== 1) throw new Error(`docker/nginx.conf: expected one server block, found ${starts.length}`);
  const start = starts[0].index!;
  let depth = 0;
  for (let i = template.indexOf('{', start); i < template.length; i++) {
    if (template[i] === '{') depth++;
    else if (template[i] === '}' && --depth === 0) return { start, end: i + 1 };
  }
  throw new Error('docker/nginx.conf: the server block is not closed');
}

const at = (a: Address) => `${a.host}:${a.port}`;

/** The site part: docker/nginx.conf with local addresses, plus one pinned copy per replica. */
export function renderSite(template: string, local: Omit<LocalNginx, 'dir'>): string {
  const names = replicaNames(template);
  const expected = local.replicas.map((_, i) => i + 1);
  if (names.join() !== expected.join()) {
    throw new Error(`docker/nginx.conf: its upstream names server-${names.join(', server-')}; the local cluster runs ${local.replicas.length} replicas`);
  }
  if (local.pinned.length !== local.replicas.length) throw new Error('one pinned entry per replica');
  let site = replaceCounted(
    template,
    /^(\s*server\s+)server-(\d+):4000(\s*;)/gm,
    (_m, before, n, after) => `${before}${at(local.replicas[Number(n) - 1])}${after}`,
    local.replicas.length,
    'upstream servers',
  );
  site = replaceCounted(site, /(\baccess_log\s+)\/var\/log\/nginx\/access\.log\b/g, (_m, before) => `${before}${local.accessLog}`, 1, 'access_log /var/log/nginx/access.log');
  if (local.proxyReadTimeout !== undefined) {
    if (!/^\d+(ms|s|m|h)?$/.test(local.proxyReadTimeout)) throw new Error(`not an nginx time: ${local.proxyReadTimeout}`);
    site = replaceCounted(site, /(\bproxy_read_timeout\s+)[^;]+;/g, (_m, before) => `${before}${local.proxyReadTimeout};`, 1, 'proxy_read_timeout');
  }
  const block = serverBlock(site);
  const server = site.slice(block.start, block.end);
  const listenOn = (text: string, address: Address) =>
    replaceCounted(text, /^(\s*listen\s+)80(\s*;)/gm, (_m, before, after) => `${before}${at(address)}${after}`, 1, '"listen 80;"');
  const pinned = local.replicas.map((replica, i) => {
    const upstream = `tracklink_replica_${i + 1}`;
    const copy = replaceCounted(listenOn(server, local.pinned[i]), /(\bproxy_pass\s+http:\/\/)tracklink(\s*;)/g, (_m, before, after) => `${before}${upstream}${after}`, 1, 'proxy_pass http://tracklink;');
    return [
      `# The server block above once more, proxying to server-${i + 1} alone.`,
      `upstream ${upstream} {\n  server ${at(replica)};\n}\n`,
      copy,
    ].join('\n');
  });
  return [
    '# Generated from docker/nginx.conf by server/src/scripts/cluster (npm run cluster); do not edit.',
    site.slice(0, block.start) + listenOn(server, local.listen) + site.slice(block.end),
    ...pinned,
    '',
  ].join('\n');
}

/**
 * The main configuration around the site, as the nginx image's own /etc/nginx/nginx.conf wraps
 * conf.d/default.conf, but in the foreground and with every path under `dir`.
 */
export function renderMain(local: Pick<LocalNginx, 'dir'>, siteFile: string): string {
  const d = local.dir;
  return `# Generated by server/src/scripts/cluster (npm run cluster); do not edit.
daemon off;
worker_processes 1;
pid ${d}/nginx.pid;
error_log stderr warn;

events {
  worker_connections 1024;
}

http {
  default_type application/octet-stream;
  sendfile on;
  keepalive_timeout 65;
  # The file's server blocks log to the access log it names (made local).
  access_log off;
  client_body_temp_path ${d}/temp/client_body;
  proxy_temp_path ${d}/temp/proxy;
  fastcgi_temp_path ${d}/temp/fastcgi;
  uwsgi_temp_path ${d}/temp/uwsgi;
  scgi_temp_path ${d}/temp/scgi;
  # Which replica served each response (the file's own blocks set no headers of their own).
  add_header ${UPSTREAM_HEADER} $upstream_addr always;

  include ${siteFile};
}
`;
}
