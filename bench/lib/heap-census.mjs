/**
 * A census of the live JS heap: bytes and counts per (type, constructor), from a heap
 * snapshot written to a temporary file and removed. The difference of two censuses divided by
 * the subscribers added says what each subscriber keeps alive.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';

export function heapCensus() {
  globalThis.gc?.();
  globalThis.gc?.();
  const file = v8.writeHeapSnapshot(path.join(os.tmpdir(), `bench-heap-${process.pid}-${Date.now()}.heapsnapshot`));
  try {
    const snapshot = JSON.parse(fs.readFileSync(file, 'utf8'));
    const fields = snapshot.snapshot.meta.node_fields.length;
    const types = snapshot.snapshot.meta.node_types[0];
    const census = {};
    for (let i = 0; i < snapshot.nodes.length; i += fields) {
      const type = types[snapshot.nodes[i]];
      const key = type === 'string' || type === 'concatenated string' ? type : `${type}:${snapshot.strings[snapshot.nodes[i + 1]].slice(0, 60)}`;
      const entry = (census[key] ??= [0, 0]);
      entry[0] += snapshot.nodes[i + 3];
      entry[1] += 1;
    }
    return census;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** The largest growths between two censuses, per `n` (e.g. per subscriber). */
export function censusGrowth(before, after, n, top = 12) {
  const rows = Object.entries(after).map(([key, [bytes, count]]) => ({
    key,
    bytes: (bytes - (before[key]?.[0] ?? 0)) / n,
    count: (count - (before[key]?.[1] ?? 0)) / n,
  }));
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  return { bytesPerItem: total, top: rows.sort((a, b) => b.bytes - a.bytes).slice(0, top) };
}
