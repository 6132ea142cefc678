#!/usr/bin/env node
/**
 * Tracklink benchmarks: each scenario measures the product against a floor built and measured
 * in the same run, interleaved, and reports medians. `--smoke` runs tiny sizes once and checks
 * correctness only; any failed check makes the exit code 1. Missed targets never do.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from './lib/database.mjs';
import { describeMachine } from './lib/machine.mjs';
import { startCpuMeter, waitForQuiet } from './lib/noise.mjs';
import { readOptions, USAGE } from './lib/options.mjs';
import { evaluate, formatTable, writeResults } from './lib/report.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');
const SCENARIOS = ['a-tracking-page', 'b-consignment-list', 'c-position-ingest', 'd-fan-out', 'e-replicas', 'f-public-page', 'g-observability', 'h-webhooks', 'i-delivery-mechanisms', 'l-large-data'];

const pct = (share) => `${Math.round(share * 100)}%`;
const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);

/** Builds what the scenarios run; the web app may fail to build (scenario F then says so). */
function build() {
  const npm = (args, cwd = ROOT) => execFileSync('npm', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  log('building shared and server');
  npm(['run', 'build', '-w', '@tracklink/shared']);
  execFileSync('npx', ['tsc', '-b', 'server'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  log('building web');
  try {
    npm(['run', 'build', '-w', '@tracklink/web']);
    return { web: true };
  } catch (error) {
    const reason = `${error.stderr ?? error.message}`.trim().split('\n').slice(-5).join(' | ');
    log(`web did not build: ${reason}`);
    return { web: false, webError: reason };
  }
}

/** One scenario: wait for a quiet machine, run it, keep its rows, checks, time and CPU use. */
async function runScenario(scenario, opts, results) {
  const { id } = scenario;
  log(`${id}. ${scenario.title}`);
  if (opts.quietWaitMs) {
    const quiet = await waitForQuiet(opts.quietWaitMs, 0.15, (other) => log(`${id}: other work uses ${pct(other)} of the machine; waiting up to ${opts.quietWaitMs / 1000} s`));
    results.waits[id] = quiet;
    if (quiet.waitedMs >= 1000) log(`${id}: waited ${Math.round(quiet.waitedMs / 1000)} s; other work now ${pct(quiet.other)}`);
  }
  const started = Date.now();
  const meter = startCpuMeter();
  const ctx = {
    opts,
    log: (message) => log(`${id}: ${message}`),
    check: (ok, message) => {
      if (!ok) {
        results.failures.push(`${id}: ${message}`);
        log(`${id}: CHECK FAILED: ${message}`);
      }
      return ok;
    },
    // Smoke sizes are far too small for targets: their verdicts would mean nothing.
    row: (row) => {
      const evaluated = evaluate({ scenario: id, ...row });
      results.rows.push(opts.smoke ? { ...evaluated, pass: null } : evaluated);
    },
    detail: (value) => (results.details[id] = { ...results.details[id], ...value }),
  };
  try {
    await scenario.run(ctx);
  } catch (error) {
    results.failures.push(`${id}: ${error.stack ?? error}`);
    log(`${id}: ERROR ${error.stack ?? error}`);
  }
  results.timings[id] = Math.round((Date.now() - started) / 100) / 10;
  const cpu = (results.cpuUse[id] = meter.stop());
  log(`${id}: done in ${results.timings[id]} s; CPU busy ${pct(cpu.busy)}, of which other work ${pct(cpu.other)}`);
  if (cpu.other > 0.15) log(`${id}: WARNING: other work used ${pct(cpu.other)} of the machine meanwhile; its figures are less reliable`);
}

async function main() {
  const options = readOptions();
  if (options.help) return console.log(USAGE);
  const startedAt = new Date().toISOString();
  const t0 = Date.now();
  const built = options.build ? build() : { web: null };
  const db = await createScratchDatabase(log);
  const stop = async () => {
    await db.drop().catch(() => undefined);
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const opts = {
    ...options,
    db,
    built,
    root: ROOT,
    profileDir: options.profile ? path.join(BENCH, 'results', 'profiles', startedAt.replace(/[:.]/g, '-')) : undefined,
  };
  const machine = describeMachine(ROOT, db);
  log(`${options.smoke ? 'smoke' : 'full'} run on ${machine.nproc} cores, ${machine.memoryGiB} GiB, node ${machine.node}, PostgreSQL ${machine.postgres}; database ${db.name}`);

  const results = { rows: [], details: {}, failures: [], timings: {}, cpuUse: {}, waits: {} };
  try {
    for (const file of SCENARIOS) {
      const scenario = await import(`./scenarios/${file}.mjs`);
      if (!options.only.length || options.only.includes(scenario.id)) await runScenario(scenario, opts, results);
    }
  } finally {
    await db.drop().catch((error) => log(`could not drop ${db.name}: ${error.message}`));
  }
  const { rows, failures } = results;

  const seconds = Math.round((Date.now() - t0) / 100) / 10;
  console.log(`\n${formatTable(rows)}\n`);
  for (const row of rows.filter((r) => r.note)) console.log(`  ${row.scenario} ${row.metric}: ${row.note}`);
  if (!options.smoke) {
    const complete = !options.only.length && !options.profile;
    const file = writeResults(path.join(BENCH, 'results'), {
      startedAt, seconds, machine, options: { reps: options.reps, only: options.only, profile: options.profile }, built, ...results,
    }, { latest: complete });
    log(`results: ${path.relative(ROOT, file)}${complete ? ' and bench/results/latest.json' : ' (a partial or profiled run: latest.json unchanged)'}`);
  }
  const missed = rows.filter((r) => r.pass === false).length;
  log(`${options.smoke ? 'smoke' : 'full'} run took ${seconds} s; ${missed} target(s) missed; ${failures.length} correctness failure(s)`);
  for (const failure of failures) console.error(`FAILED ${failure}`);
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
