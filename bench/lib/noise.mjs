/**
 * Where the machine's CPU went: the benchmark's own processes (this process tree, sampled
 * every 250 ms so that processes which end on the way, such as browser renderers, still
 * count), PostgreSQL and Redis, and everything else. On a shared machine, other people's work
 * shows up as "other"; a scenario measured while it was high should be run again.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

const SERVICES = new Set(['postgres', 'redis-server']);
const TICK_MS = 1000 / (Number(tryRun('getconf', ['CLK_TCK'])) || 100);

function tryRun(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** A process's own CPU ticks, and with its waited-for children's. */
export function readStat(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const f = text.slice(close + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14–17 of stat (11–14 after the comm).
    const own = Number(f[11]) + Number(f[12]);
    return { pid: Number(pid), comm, ppid: Number(f[1]), own, withChildren: own + Number(f[13]) + Number(f[14]) };
  } catch {
    return null;
  }
}

const allProcesses = () => fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(readStat).filter(Boolean);

/** The machine's ticks: all, and those spent in processes, interrupts and steal. */
function machineTicks() {
  // user nice system idle iowait irq softirq steal
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return { total: f.slice(0, 8).reduce((a, b) => a + b, 0), processes: f[0] + f[1] + f[2], interrupts: f[5] + f[6], steal: f[7] };
}

/** Own ticks of each process of this tree and of the services, by pid. */
function oursNow() {
  const procs = allProcesses();
  const children = new Map();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const ours = new Map();
  const walk = (p) => {
    ours.set(p.pid, p.own);
    for (const c of children.get(p.pid) ?? []) walk(c);
  };
  const self = procs.find((p) => p.pid === process.pid);
  if (self) walk(self);
  for (const p of procs) if (SERVICES.has(p.comm)) ours.set(p.pid, p.own);
  return ours;
}

/** Starts measuring; `stop()` returns the shares of the machine's capacity since. */
export function startCpuMeter() {
  const machine = machineTicks();
  const first = oursNow();
  const last = new Map(first);
  const sample = () => {
    for (const [pid, ticks] of oursNow()) last.set(pid, ticks);
  };
  const timer = setInterval(sample, 250);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      const now = machineTicks();
      const total = now.total - machine.total || 1;
      let ours = 0;
      for (const [pid, ticks] of last) ours += ticks - (first.get(pid) ?? 0);
      const share = (key) => round((now[key] - machine[key]) / total);
      const processes = share('processes');
      const benchmark = Math.min(processes, round(ours / total));
      return {
        busy: round(processes + share('interrupts') + share('steal')),
        benchmark,
        interrupts: share('interrupts'),
        steal: share('steal'),
        other: round(Math.max(0, processes - benchmark)),
        cores: os.availableParallelism(),
      };
    },
  };
}

/**
 * Waits (up to `maxMs`) until other work uses under `threshold` of the machine over a 2 s
 * sample; returns the share seen last and how long it waited.
 */
export async function waitForQuiet(maxMs, threshold = 0.15, onWait = () => {}) {
  const started = Date.now();
  for (let told = false; ; ) {
    const meter = startCpuMeter();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const { other } = meter.stop();
    const waited = Date.now() - started;
    if (other < threshold || waited >= maxMs) return { other, waitedMs: waited - 2_000 };
    if (!told) onWait(other);
    told = true;
  }
}

/** CPU time (ms) so far of one process, and of all PostgreSQL processes (finished backends too). */
export function cpuTimes(pid) {
  let postgres = 0;
  for (const p of allProcesses()) if (p.comm === 'postgres') postgres += p.withChildren;
  return { process: (readStat(pid)?.own ?? 0) * TICK_MS, postgres: postgres * TICK_MS };
}

/** Runs `work` and adds the CPU ms per `count(result)` of process `pid` and of PostgreSQL. */
export async function withCpuPer(pid, work, count) {
  const before = cpuTimes(pid);
  const result = await work();
  const after = cpuTimes(pid);
  const n = Math.max(1, count(result));
  return { ...result, cpuMsPerItem: { server: (after.process - before.process) / n, postgres: (after.postgres - before.postgres) / n } };
}

const round = (x) => Math.round(x * 1000) / 1000;
