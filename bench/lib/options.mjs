/** Command line and environment: `npm run bench -- --smoke --only A,D --reps 7 --profile --no-build`. */
import { parseArgs } from 'node:util';

export function readOptions(argv = process.argv.slice(2), env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: env.BENCH_SMOKE === '1' || env.BENCH_SMOKE === 'true' },
      only: { type: 'string', default: env.BENCH_ONLY ?? '' },
      reps: { type: 'string', default: env.BENCH_REPS ?? '5' },
      profile: { type: 'boolean', default: false },
      'quiet-wait': { type: 'string', default: env.BENCH_QUIET_WAIT ?? '30' },
      build: { type: 'boolean', default: true },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      large: { type: 'boolean', default: env.BENCH_LARGE === '1' || env.BENCH_LARGE === 'true' },
      consignments: { type: 'string', default: env.BENCH_L_CONSIGNMENTS ?? '' },
    },
  });
  const reps = Number(values.reps);
  if (!Number.isInteger(reps) || reps < 1) throw new Error(`--reps must be a whole number, got "${values.reps}"`);
  const consignments = values.consignments === '' ? null : Number(values.consignments);
  if (consignments !== null && (!Number.isInteger(consignments) || consignments < 100)) {
    throw new Error(`--consignments must be a whole number of at least 100, got "${values.consignments}"`);
  }
  return {
    smoke: values.smoke,
    // Scenario L's large database: --consignments N, else --large (the 1,000,000), else its default.
    largeConsignments: consignments ?? (values.large ? 1_000_000 : null),
    only: values.only.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean),
    // Medians need at least five interleaved repetitions; smoke checks correctness once.
    reps: values.smoke ? 1 : Math.max(5, reps),
    profile: values.profile,
    // A shared machine: before each scenario, wait this long at most for other work to calm down.
    quietWaitMs: values.smoke ? 0 : Math.max(0, Number(values['quiet-wait']) || 0) * 1000,
    build: values.build && !values['no-build'],
    help: values.help,
  };
}

export const USAGE = `npm run bench [-- options]
  --smoke        tiny sizes, one repetition, correctness checks only (also BENCH_SMOKE=1)
  --only A,C     run only these scenarios (also BENCH_ONLY)
  --reps N       interleaved repetitions per scenario (at least 5; default 5)
  --profile      write V8 CPU profiles of the product processes to bench/results/profiles/
  --quiet-wait S before each scenario, wait up to S seconds while other work uses over 15% of
                 the machine (default 30; 0 in smoke runs)
  --no-build     use the existing server/dist and web/dist
  --large        scenario L at full size: 1,000,000 consignments and what belongs to them
                 (also BENCH_LARGE=1; default 100,000, smoke 2,000)
  --consignments N  scenario L's large database at N consignments (also BENCH_L_CONSIGNMENTS)
Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test),
             BENCH_REDIS_URL (default redis://127.0.0.1:6379), CHROMIUM_PATH (default /usr/bin/chromium)`;
