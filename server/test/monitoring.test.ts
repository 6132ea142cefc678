import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { Metrics } from '../src/observability/metrics';
import { findExecutable } from '../src/scripts/cluster';

// The monitoring of docker-compose.yml, checked here since it cannot run here: the Prometheus and
// Grafana files parse and fit together, every metric that the alert rules and the dashboard name
// is one the server exposes (docs/metrics.json, the one list, itself checked against the
// server's own registry) with labels it has, and, when
// promtool is installed (Debian's prometheus package; .ci/run installs it), the rules and the
// configuration pass `promtool check` and the rules' unit tests (alerts.test.yml) pass.

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const yaml = (file: string) => YAML.parse(read(file), { merge: true });

interface MetricSpec {
  name: string;
  type: 'counter' | 'gauge' | 'histogram';
  labels: string[];
}
const list = JSON.parse(read('docs/metrics.json')) as { metrics: MetricSpec[]; defaultMetrics: MetricSpec[] };
const METRICS = new Map([...list.metrics, ...list.defaultMetrics].map((m) => [m.name, m]));
/** Series Prometheus makes itself for every target. */
const PROMETHEUS_SERIES = new Map<string, MetricSpec>([['up', { name: 'up', type: 'gauge', labels: [] }]]);
/** Labels every scraped series gets from Prometheus (job, instance) and from prometheus.yml (replica). */
const TARGET_LABELS = ['job', 'instance', 'replica'];

const FUNCTIONS = new Set([
  'sum', 'min', 'max', 'avg', 'count', 'topk', 'bottomk', 'rate', 'irate', 'increase', 'delta', 'deriv', 'changes', 'resets',
  'histogram_quantile', 'predict_linear', 'min_over_time', 'max_over_time', 'avg_over_time', 'quantile_over_time', 'absent',
  'abs', 'clamp_min', 'clamp_max', 'round', 'label_values', 'vector', 'scalar', 'time',
]);
const KEYWORDS = new Set(['and', 'or', 'unless', 'offset', 'bool']);

interface Reference {
  metric: string;
  labels: string[];
}

/**
 * The metric names a PromQL expression (or a Grafana query) reads, with the labels it matches
 * on each, and the labels it groups by. A small lexer, enough for the expressions of this
 * repository: an identifier that is not a function, keyword, label or number is a metric.
 */
function promqlReferences(expr: string): { references: Reference[]; grouping: string[]; unknownFunctions: string[] } {
  const references: Reference[] = [];
  const grouping: string[] = [];
  const unknownFunctions: string[] = [];
  let text = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\$\{?\w+\}?/g, '5m')
    .replace(/label_values\(([^,]*),\s*\w+\s*\)/g, 'label_values($1)')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\boffset\s+\w+/g, ' ');
  text = text.replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)/g, (_m, _kw, labels: string) => {
    grouping.push(...labels.split(',').map((l) => l.trim()).filter(Boolean));
    return ' ';
  });
  text = text.replace(/([a-zA-Z_:][\w:]*)?\s*\{([^}]*)\}/g, (_m, metric: string | undefined, matchers: string) => {
    const labels = matchers.split(',').map((m) => m.trim().split(/\s*(?:=~|!~|!=|=)\s*/)[0]).filter(Boolean);
    references.push({ metric: metric ?? '', labels });
    return ' ';
  });
  text = text.replace(/(?<![\w:])\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi, ' ');
  for (const match of text.matchAll(/[a-zA-Z_:][\w:]*/g)) {
    const word = match[0];
    const after = text.slice(match.index! + word.length).trimStart();
    if (after.startsWith('(')) {
      if (!FUNCTIONS.has(word)) unknownFunctions.push(word);
    } else if (!KEYWORDS.has(word)) {
      references.push({ metric: word, labels: [] });
    }
  }
  return { references, grouping, unknownFunctions };
}

/** What is wrong with an expression's metric names and labels (empty: nothing). */
function problemsOf(expr: string): string[] {
  const { references, grouping, unknownFunctions } = promqlReferences(expr);
  const problems = unknownFunctions.map((f) => `unknown function ${f}()`);
  if (references.length === 0) problems.push('reads no metric');
  const available = new Set(TARGET_LABELS);
  for (const { metric, labels } of references) {
    if (!metric) {
      problems.push('a selector without a metric name');
      continue;
    }
    let spec = METRICS.get(metric) ?? PROMETHEUS_SERIES.get(metric);
    let suffix = '';
    if (!spec) {
      const [, base, s] = /^(.*)(_bucket|_sum|_count)$/.exec(metric) ?? [];
      const histogram = base ? METRICS.get(base) : undefined;
      if (histogram?.type === 'histogram') [spec, suffix] = [histogram, s];
    } else if (spec.type === 'histogram') {
      problems.push(`${metric} is a histogram: read ${metric}_bucket, _sum or _count`);
    }
    if (!spec) {
      problems.push(`${metric} is not in docs/metrics.json`);
      continue;
    }
    const own = [...spec.labels, ...TARGET_LABELS, ...(suffix === '_bucket' ? ['le'] : [])];
    own.forEach((l) => available.add(l));
    for (const label of labels) if (!own.includes(label)) problems.push(`${metric} has no label ${label}`);
  }
  for (const label of grouping) if (!available.has(label)) problems.push(`no metric of the expression has the label ${label} it groups by`);
  return problems;
}

const alerts = yaml('docker/prometheus/alerts.yml') as { groups: Array<{ name: string; rules: Array<Record<string, any>> }> };
const rules = alerts.groups.flatMap((g) => g.rules);
const dashboard = JSON.parse(read('docker/grafana/dashboards/tracklink.json'));
const panels = (dashboard.panels as Array<Record<string, any>>).flatMap((p) => [p, ...((p.panels as Array<Record<string, any>>) ?? [])]);

describe('docs/metrics.json', () => {
  it("is exactly what the server registers: names, types, labels (prom-client's defaults included)", async () => {
    // prom-client's metric objects, as they are at run time (its types leave labelNames out).
    const metrics = new Metrics({ process: true }).registry.getMetricsAsArray() as unknown as Array<{ name: string; labelNames: string[]; get(): Promise<{ type: string }> }>;
    const registered = await Promise.all(metrics.map(async (m) => ({ name: m.name, type: (await m.get()).type, labels: [...m.labelNames] })));
    const listed = [...list.metrics, ...list.defaultMetrics].map(({ name, type, labels }) => ({ name, type, labels }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(listed.sort(byName)).toEqual(registered.sort(byName));
  });
});

describe('the PromQL check itself', () => {
  it('finds metrics, labels and groupings', () => {
    expect(promqlReferences('sum by (le, route) (rate(tracklink_http_request_duration_seconds_bucket{job="x", replica=~"$replica"}[$__rate_interval])) > 1.5e9')).toEqual({
      references: [{ metric: 'tracklink_http_request_duration_seconds_bucket', labels: ['job', 'replica'] }],
      grouping: ['le', 'route'],
      unknownFunctions: [],
    });
    expect(problemsOf('predict_linear(process_resident_memory_bytes[2h], 6 * 3600) > 1.5e9 and up == 0')).toEqual([]);
  });

  it('rejects unknown names, missing labels and bare histograms', () => {
    expect(problemsOf('rate(tracklink_http_requests_total[5m])')).toEqual(['tracklink_http_requests_total is not in docs/metrics.json']);
    expect(problemsOf('tracklink_positions_total{status="accepted"}')).toEqual(['tracklink_positions_total has no label status']);
    expect(problemsOf('sum by (tenant) (tracklink_outbox_pending)')).toEqual(['no metric of the expression has the label tenant it groups by']);
    expect(problemsOf('tracklink_live_fanout_seconds > 1')).toEqual(['tracklink_live_fanout_seconds is a histogram: read tracklink_live_fanout_seconds_bucket, _sum or _count']);
    expect(problemsOf('tracklink_outbox_pending_sum')).toEqual(['tracklink_outbox_pending_sum is not in docs/metrics.json']);
    expect(problemsOf('rat(tracklink_outbox_pending[5m])')).toEqual(['unknown function rat()']);
  });
});

describe('docker/prometheus', () => {
  it('has alert rules with a severity, a summary and a description of what it means and what to do', () => {
    expect(rules.length).toBeGreaterThanOrEqual(11);
    expect(new Set(rules.map((r) => r.alert)).size).toBe(rules.length);
    for (const rule of rules) {
      expect([rule.alert, Object.keys(rule).sort()]).toEqual([rule.alert, expect.arrayContaining(['alert', 'expr', 'labels', 'annotations'])]);
      expect([rule.alert, rule.labels.severity]).toEqual([rule.alert, expect.stringMatching(/^(critical|warning|info)$/)]);
      expect([rule.alert, rule.annotations.summary.length > 10, rule.annotations.description.length > 100]).toEqual([rule.alert, true, true]);
    }
  });

  it('names in its rules only metrics the server exposes, with their labels', () => {
    expect(rules.map((r) => [r.alert, problemsOf(r.expr)])).toEqual(rules.map((r) => [r.alert, []]));
  });

  it('covers what an operator must hear about', () => {
    const exprs = rules.map((r) => r.expr as string).join('\n');
    for (const metric of [
      'tracklink_dependency_up',
      'tracklink_http_request_duration_seconds_count',
      'tracklink_graphql_operation_duration_seconds_count',
      'tracklink_graphql_operation_duration_seconds_bucket',
      'tracklink_outbox_oldest_pending_age_seconds',
      'tracklink_outbox_sends_total',
      'tracklink_live_fanout_seconds_bucket',
      'tracklink_db_pool_connections',
      'nodejs_eventloop_lag_p99_seconds',
      'process_resident_memory_bytes',
      'tracklink_rate_limited_total',
    ]) {
      expect([metric, exprs.includes(metric)]).toEqual([metric, true]);
    }
  });

  it("scrapes each of docker-compose's replicas directly, with the METRICS_TOKEN the servers are given", () => {
    const compose = yaml('docker-compose.yml');
    const config = yaml('docker/prometheus/prometheus.yml');
    const job = config.scrape_configs.find((j: { job_name: string }) => j.job_name === 'tracklink');
    const replicas = Object.keys(compose.services).filter((s) => /^server-\d+$/.test(s));
    expect(replicas).toEqual(['server-1', 'server-2']);
    expect(job.static_configs).toEqual(replicas.map((r) => ({ targets: [`${r}:4000`], labels: { replica: r } })));
    expect(config.rule_files).toEqual(['alerts.yml']);
    // One token: the servers' METRICS_TOKEN is the one Prometheus's entrypoint writes to the file it reads.
    const prometheus = compose.services.prometheus;
    for (const r of replicas) expect(compose.services[r].environment.METRICS_TOKEN).toBe(prometheus.environment.METRICS_TOKEN);
    expect(job.authorization).toEqual({ type: 'Bearer', credentials_file: '/prometheus/metrics_token' });
    expect(prometheus.entrypoint.join(' ')).toContain(`"$$METRICS_TOKEN" > ${job.authorization.credentials_file}`);
    expect(prometheus.volumes).toContain('./docker/prometheus:/etc/prometheus:ro');
  });
});

describe('docker/grafana', () => {
  it('provisions the Prometheus data source and the dashboard folder that docker-compose mounts', () => {
    const compose = yaml('docker-compose.yml');
    const datasources = yaml('docker/grafana/provisioning/datasources/prometheus.yml');
    const providers = yaml('docker/grafana/provisioning/dashboards/tracklink.yml');
    expect(datasources.datasources).toEqual([expect.objectContaining({ uid: 'prometheus', type: 'prometheus', url: 'http://prometheus:9090' })]);
    const mounts = compose.services.grafana.volumes as string[];
    expect(mounts).toContain('./docker/grafana/provisioning:/etc/grafana/provisioning:ro');
    expect(mounts).toContain(`./docker/grafana/dashboards:${providers.providers[0].options.path}:ro`);
  });

  it('has a dashboard whose every query reads metrics the server exposes, from that data source', () => {
    expect(dashboard.uid).toBe('tracklink');
    const queries = panels.filter((p) => p.targets);
    expect(queries.length).toBeGreaterThanOrEqual(20);
    expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
    const problems: Array<[string, string[]]> = [];
    for (const panel of queries) {
      expect([panel.title, panel.datasource?.uid]).toEqual([panel.title, 'prometheus']);
      for (const target of panel.targets) problems.push([panel.title, problemsOf(target.expr)]);
    }
    for (const variable of dashboard.templating.list) problems.push([`$${variable.name}`, problemsOf(variable.query.query)]);
    expect(problems.filter(([, p]) => p.length)).toEqual([]);
  });

  it('shows every metric the server exposes', () => {
    const exprs = panels.flatMap((p) => (p.targets ?? []).map((t: { expr: string }) => t.expr)).join('\n');
    const missing = list.metrics.map((m) => m.name).filter((name) => !exprs.includes(name));
    expect(missing).toEqual([]);
  });
});

const promtool = findExecutable('promtool');
if (!promtool) console.warn('monitoring.test.ts: promtool is not installed (apt-get install prometheus): the promtool checks are skipped.');
(promtool ? describe : describe.skip)('promtool', () => {
  const run = (args: string[], cwd = path.join(ROOT, 'docker', 'prometheus')) => {
    const result = spawnSync(promtool!, args, { cwd, encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it('checks the alert rules', () => {
    const result = run(['check', 'rules', 'alerts.yml']);
    expect([result.status, result.output]).toEqual([0, expect.stringContaining(`SUCCESS: ${rules.length} rules found`)]);
  });

  it('passes the rules unit tests (alerts.test.yml)', () => {
    const result = run(['test', 'rules', 'alerts.test.yml']);
    expect([result.status, result.output]).toEqual([0, expect.stringContaining('SUCCESS')]);
  });

  it('checks the configuration (with the token file it expects)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracklink-prometheus-'));
    try {
      const token = path.join(dir, 'metrics_token');
      fs.writeFileSync(token, 'token');
      fs.copyFileSync(path.join(ROOT, 'docker', 'prometheus', 'alerts.yml'), path.join(dir, 'alerts.yml'));
      fs.writeFileSync(path.join(dir, 'prometheus.yml'), read('docker/prometheus/prometheus.yml').replace('credentials_file: /prometheus/metrics_token', `credentials_file: ${token}`));
      const result = run(['check', 'config', 'prometheus.yml'], dir);
      expect([result.status, result.output]).toEqual([0, expect.stringContaining('is valid prometheus config file')]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
