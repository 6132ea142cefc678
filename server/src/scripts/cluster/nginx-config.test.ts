import fs from 'node:fs';
import path from 'node:path';
import { renderMain, renderSite, replicaNames } from './nginx-config';

const FILE = path.resolve(__dirname, '..', '..', '..', '..', 'docker', 'nginx.conf');
const template = fs.readFileSync(FILE, 'utf8');
const local = {
  listen: { host: '127.0.0.1', port: 8000 },
  replicas: [
    { host: '127.0.0.1', port: 9001 },
    { host: '127.0.0.1', port: 9002 },
  ],
  pinned: [
    { host: '127.0.0.1', port: 8001 },
    { host: '127.0.0.1', port: 8002 },
  ],
  accessLog: '/tmp/x/access.log',
};

/** The server blocks of a rendered site, by the port they listen on. */
function serverBlocks(site: string): Map<number, string> {
  const blocks = new Map<number, string>();
  for (const match of site.matchAll(/^server \{[\s\S]*?^\}/gm)) {
    blocks.set(Number(/listen 127\.0\.0\.1:(\d+);/.exec(match[0])![1]), match[0]);
  }
  return blocks;
}

describe('docker/nginx.conf made local', () => {
  it('names the two replicas of docker-compose.yml', () => {
    expect(replicaNames(template)).toEqual([1, 2]);
  });

  it('keeps the file as it is but for addresses, and pins one copy of its server block per replica', () => {
    const site = renderSite(template, local);
    expect(site).not.toMatch(/server-\d+:|listen 80;|\/var\/log/);
    expect(site.match(/access_log \/tmp\/x\/access\.log tracklink;/g)).toHaveLength(3);
    expect(site).toMatch(/upstream tracklink \{\s*server 127\.0\.0\.1:9001;\s*server 127\.0\.0\.1:9002;\s*\}/);
    const blocks = serverBlocks(site);
    expect([...blocks.keys()]).toEqual([8000, 8001, 8002]);
    // The pinned copies differ from the entry in their listen port and upstream, nothing else.
    const normal = (block: string) => block.replace(/listen [^;]+;/, 'listen X;').replace(/proxy_pass http:\/\/[^;]+;/, 'proxy_pass X;');
    expect(normal(blocks.get(8001)!)).toBe(normal(blocks.get(8000)!));
    expect(normal(blocks.get(8002)!)).toBe(normal(blocks.get(8000)!));
    expect(blocks.get(8001)).toMatch(/proxy_pass http:\/\/tracklink_replica_1;/);
    expect(site).toMatch(/upstream tracklink_replica_2 \{\s*server 127\.0\.0\.1:9002;\s*\}/);
    // Every line of the file, directives and comments, is there, with local addresses.
    const lines = new Set(site.split('\n').map((l) => l.trim()));
    const expected = template
      .split('\n')
      .map((l) =>
        l
          .trim()
          .replace(/server-(\d):4000/, '127.0.0.1:900$1')
          .replace('listen 80;', 'listen 127.0.0.1:8000;')
          .replace('/var/log/nginx/access.log', local.accessLog),
      )
      .filter(Boolean);
    expect(expected.filter((l) => !lines.has(l))).toEqual([]);
    expect(site).toMatch(/proxy_read_timeout 1h;/);
  });

  it('shortens the read timeout only when asked', () => {
    const site = renderSite(template, { ...local, proxyReadTimeout: '2s' });
    expect(site.match(/proxy_read_timeout 2s;/g)).toHaveLength(3);
    expect(site).not.toMatch(/proxy_read_timeout 1h/);
    expect(() => renderSite(template, { ...local, proxyReadTimeout: '2s; evil' })).toThrow('not an nginx time');
  });

  it('fails loudly when the file no longer matches what it rewrites', () => {
    expect(() => renderSite(template, { ...local, replicas: [...local.replicas, { host: '127.0.0.1', port: 9003 }], pinned: [...local.pinned, { host: '127.0.0.1', port: 8003 }] })).toThrow(
      'the local cluster runs 3 replicas',
    );
    expect(() => renderSite(template.replace('listen 80;', 'listen 8080;'), local)).toThrow('"listen 80;"');
    expect(() => renderSite(template.replace(/proxy_read_timeout[^;]+;/, ''), { ...local, proxyReadTimeout: '2s' })).toThrow('proxy_read_timeout');
  });

  it('wraps it like the nginx image does, in the foreground with every path in its own directory', () => {
    const main = renderMain({ dir: '/tmp/x' }, '/tmp/x/site.conf');
    expect(main).toMatch(/^daemon off;$/m);
    expect(main).toMatch(/include \/tmp\/x\/site\.conf;/);
    for (const line of main.split('\n').filter((l) => /_path|pid/.test(l))) {
      expect(line).toMatch(/\/tmp\/x\//);
    }
  });
});
