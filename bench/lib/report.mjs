/** The results table: each row's ratio and target verdict, printed and written as JSON. */
import fs from 'node:fs';
import path from 'node:path';

/**
 * A row names its targets: ratioMin / ratioMax (subject ÷ floor), min / max (the subject's
 * absolute figure), or a ready-made `target` text with `pass`. No target: recorded only.
 */
export function evaluate(row) {
  const ratio = row.floor && row.subject != null && Number.isFinite(row.floor) ? row.subject / row.floor : null;
  const targets = [];
  if (row.ratioMin != null) targets.push([`≥ ${row.ratioMin}× floor`, ratio != null && ratio >= row.ratioMin]);
  if (row.ratioMax != null) targets.push([`≤ ${row.ratioMax}× floor`, ratio != null && ratio <= row.ratioMax]);
  if (row.min != null) targets.push([`≥ ${fmt(row.min)}`, row.subject != null && row.subject >= row.min]);
  if (row.max != null) targets.push([`≤ ${fmt(row.max)}`, row.subject != null && row.subject <= row.max]);
  if (row.target) targets.push([row.target, row.pass]);
  const pass = targets.length ? targets.every(([, ok]) => ok) : null;
  return { ...row, ratio, target: targets.map(([t]) => t).join(', ') || '—', pass };
}

export function fmt(value) {
  if (value == null) return '—';
  if (typeof value !== 'number') return String(value);
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function formatTable(rows) {
  const head = ['', 'metric', 'floor', 'subject', 'ratio', 'target', 'result'];
  const body = rows.map((r) => [
    r.scenario,
    r.metric,
    fmt(r.floor),
    fmt(r.subject),
    r.ratio == null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target,
    r.pass == null ? (r.skipped ? 'skipped' : 'info') : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/**
 * Writes results/<ISO time>.json and, for a complete run (every scenario, no profiler
 * attached), results/latest.json; returns the dated file's path.
 */
export function writeResults(dir, result, { latest = true } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = result.startedAt.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  const file = path.join(dir, `${stamp}.json`);
  const text = `${JSON.stringify(result, null, 2)}\n`;
  fs.writeFileSync(file, text);
  if (latest) fs.writeFileSync(path.join(dir, 'latest.json'), text);
  return file;
}
