#!/usr/bin/env node
/**
 * Summarises a V8 CPU profile (from `npm run bench -- --profile`, or any `node --cpu-prof`):
 * self time by package or file area, and the top functions by self time, as shares of the
 * time the process was busy (not idle).
 *   node bench/profile-summary.mjs bench/results/profiles/<run>/<name>.cpuprofile [--top 25]
 */
import fs from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [--top N]');
  process.exit(2);
}
const top = Number(rest[rest.indexOf('--top') + 1]) || 25;
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));

// Self time per node: samples × their intervals.
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + dt);
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
// Shares of busy time: an interleaved run leaves the product idle while the floor runs.
const idleIds = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
const idle = [...idleIds].reduce((sum, id) => sum + (selfUs.get(id) ?? 0), 0);
const busy = total - idle;

/** A node_modules package, our own code (server/…), node internals, or V8 states. */
function area(url, name) {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const own = /\/(server|shared)\/dist\/(.*?)(?:\/[^/]*)?$/.exec(url);
  return own ? `${own[1]}/${own[2] || '.'}` : url;
}

const byArea = new Map();
const byFunction = new Map();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (!us || idleIds.has(node.id)) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  const a = area(url, name);
  byArea.set(a, (byArea.get(a) ?? 0) + us);
  const key = `${name}  ${url ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(server|shared)\//, '$1/')}:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
}

const pct = (us) => `${((us / busy) * 100).toFixed(1).padStart(5)}%`;
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(2)} s of samples, ${(busy / 1e6).toFixed(2)} s busy (shares below are of busy time)`);
print('Self time by area', byArea);
print('Self time by function', byFunction);
