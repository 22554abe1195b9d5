// The report engine on a large read model: 1 000 000 tickets (a flag for more), each shipped report through the
// engine (runReport over HTTP) against the same question written by hand in SQL, in the same run; each shipped
// dashboard's p95; and the cross-project 12-month report from its rollup (built by the api's job worker) and without.
// Writes the "Reports" results of docs/benchmarks.md.
// Run: npm run bench:reports [-- --smoke] [-- --rows=10000000 --runs=5 --dashboard-runs=20 --no-rollup --no-docs]
//   --rollup-only: only the rollup part and its report once from the rows (writes no docs)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hash } from 'argon2';
import { Pool } from 'pg';
import { markdownTable, writeBenchmarkResults } from '@anxin/process-engine/bench';
import { startApiServer, type ApiServer } from './api-server';
import { graphql } from './bench-graphql';
import { machineLine, startBenchDatabase } from './bench-database';
import { elapsedMs, formatCount, formatMs, median, sleep } from './bench-stats';
import { seedReportTickets, type ReportSeed } from './report-seed';
import {
  runReport,
  shippedKeys,
  timeDashboard,
  timeReport,
  type DashboardTiming,
  type ReportTiming,
  type Session,
} from './report-timing';

const DOC = path.join(__dirname, '../../../docs/benchmarks.md');
const SECTION = { id: 'reports', heading: 'Reports', script: 'bench:reports' };
const ROLLUP_REPORT = 'sla-breach-rate-by-project-month';
const PASSWORD = 'bench-reports-password';

function options() {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      rows: { type: 'string' },
      runs: { type: 'string' },
      'dashboard-runs': { type: 'string' },
      'no-rollup': { type: 'boolean', default: false },
      'rollup-only': { type: 'boolean', default: false },
      'rollup-wait-seconds': { type: 'string' },
      'no-docs': { type: 'boolean', default: false },
    },
  });
  const smoke = values.smoke;
  const pick = (value: string | undefined, full: number, tiny: number) => Number(value ?? (smoke ? tiny : full));
  return {
    smoke,
    rows: pick(values.rows, 1_000_000, 5_000),
    runs: pick(values.runs, 5, 1),
    dashboardRuns: pick(values['dashboard-runs'], 20, 2),
    rollup: !values['no-rollup'] && !smoke,
    /** Only the rollup part (and the report it answers, once from the rows): for --rows=10000000. */
    rollupOnly: values['rollup-only'],
    rollupWaitSeconds: pick(values['rollup-wait-seconds'], 900, 120),
    writeDocs: !smoke && !values['no-docs'] && !values['rollup-only'],
  };
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

async function signIn(baseUrl: string): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(
    baseUrl,
    `
      mutation ($u: String!, $p: String!) {
        login(username: $u, password: $p) {
          token
        }
      }
    `,
    { u: 'bench-admin', p: PASSWORD },
  );
  return data.login.token;
}

interface RollupTiming {
  readonly buildSeconds: number;
  readonly withMs: number;
  readonly fromRollup: boolean;
}

/** Waits until the job worker has built the tenant's rollups, then times the report answered from them. */
async function timeRollup(session: Session, runs: number, waitSeconds: number): Promise<RollupTiming | undefined> {
  const started = performance.now();
  for (;;) {
    const { rows } = await session.pool.query<{ n: string }>(
      `select count(*) as n from report_rollup_state where tenant_id = $1 and built_at is not null`,
      [session.tenantId],
    );
    if (Number(rows[0]?.n ?? 0) > 0 && (await runReport(session, ROLLUP_REPORT)).runReport.fromRollup) break;
    if (elapsedMs(started) > waitSeconds * 1000) return undefined;
    await sleep(2_000);
  }
  const buildSeconds = elapsedMs(started) / 1000;
  const times: number[] = [];
  let fromRollup = true;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fromRollup &&= (await runReport(session, ROLLUP_REPORT)).runReport.fromRollup;
    times.push(elapsedMs(start));
  }
  return { buildSeconds, withMs: median(times), fromRollup };
}

function resultsMarkdown(input: {
  machine: string;
  seed: ReportSeed;
  reports: ReportTiming[];
  dashboards: DashboardTiming[];
  rollup: RollupTiming | undefined | 'skipped';
  runs: number;
}): string {
  const ratio = (r: ReportTiming) => r.engineMs / r.handMs;
  const reportTable = markdownTable(
    ['report', 'rows', 'engine (median)', 'hand-written SQL (median)', 'ratio'],
    input.reports.map((r) => [
      r.key,
      formatCount(r.rows),
      `${formatMs(r.engineMs)} ms`,
      `${formatMs(r.handMs)} ms`,
      `${ratio(r).toFixed(2)}×`,
    ]),
    ['left', 'right', 'right', 'right', 'right'],
  );
  const failed = (d: DashboardTiming) =>
    Object.entries(d.failures)
      .map(([code, count]) => `${count} × ${code}`)
      .join(', ') || 'none';
  const dashboardTable = markdownTable(
    ['dashboard', 'widgets', 'p50', 'p95', 'failed widget answers'],
    input.dashboards.map((d) => [
      d.key,
      String(d.widgets),
      `${formatMs(d.p50Ms)} ms`,
      `${formatMs(d.p95Ms)} ms`,
      failed(d),
    ]),
    ['left', 'right', 'right', 'right', 'left'],
  );
  const worst = input.reports.reduce((a, b) => (ratio(b) > ratio(a) ? b : a));
  const without = input.reports.find((r) => r.key === ROLLUP_REPORT);
  const rollupLine =
    input.rollup === 'skipped'
      ? '- Rollup: not measured in this run.'
      : input.rollup === undefined
        ? '- **Rollup: not built in time by the job worker** (goal ≤ 100 ms: not measured).'
        : `- **${ROLLUP_REPORT} from the rollup: ${formatMs(input.rollup.withMs)} ms** (median of ${input.runs}; goal ≤ 100 ms at 10 000 000 tickets: ${input.seed.tickets >= 10_000_000 ? (input.rollup.withMs <= 100 ? 'met' : 'missed') : `this run has ${formatCount(input.seed.tickets)}`}), without it ${without ? formatMs(without.engineMs) : '?'} ms (informational); the job worker built it ${input.rollup.buildSeconds.toFixed(0)} s after the api started with ROLE=all.`;
  return [
    input.machine,
    '',
    `${formatCount(input.seed.tickets)} tickets seeded in ${input.seed.seconds.toFixed(0)} s (20 projects × 10 buildings × 100 units, 30 teams, 300 engineers, 400 days). Medians of ${input.runs} alternating runs after one compared run (same rows and first-measure values, else the run fails).`,
    '',
    reportTable,
    '',
    `- **Worst ratio: ${ratio(worst).toFixed(2)}× (${worst.key})** (goal ≤ 1.2×: ${input.reports.every((r) => ratio(r) <= 1.2) ? 'met by every report' : 'missed'}).`,
    rollupLine,
    '',
    dashboardTable,
  ].join('\n');
}

async function main(): Promise<void> {
  const opts = options();
  const db = await startBenchDatabase();
  const scratch = mkdtempSync(path.join(tmpdir(), 'anxin-bench-reports-'));
  const pool = new Pool({ connectionString: db.url, max: 2 });
  let api: ApiServer | undefined;
  try {
    const machine = machineLine(db.settings);
    progress(machine);
    // ROLE=api: no job worker, so no rollup is built and every report reads the ticket rows.
    api = await startApiServer({ databaseUrl: db.url, dataDir: scratch, env: { ROLE: 'api' } });
    const seed = await seedReportTickets(pool, opts.rows, !opts.smoke);
    await pool.query(`update app_user set password_hash = $1 where id = $2`, [await hash(PASSWORD), seed.adminId]);
    const session: Session = { baseUrl: api.baseUrl, token: await signIn(api.baseUrl), pool, tenantId: seed.tenantId };
    const reports: ReportTiming[] = [];
    for (const key of opts.rollupOnly ? [ROLLUP_REPORT] : shippedKeys('reports')) {
      const timing = await timeReport(session, key, opts.rollupOnly ? 1 : opts.runs);
      progress(`report ${key}: engine ${formatMs(timing.engineMs)} ms, hand ${formatMs(timing.handMs)} ms`);
      reports.push(timing);
    }
    const dashboards: DashboardTiming[] = [];
    for (const key of opts.rollupOnly ? [] : shippedKeys('dashboards'))
      dashboards.push(await timeDashboard(session, key, opts.dashboardRuns));
    let rollup: RollupTiming | undefined | 'skipped' = 'skipped';
    if (opts.rollup) {
      await api.stop();
      api = await startApiServer({ databaseUrl: db.url, dataDir: scratch, env: { ROLE: 'all' } });
      const withWorker = { ...session, baseUrl: api.baseUrl, token: await signIn(api.baseUrl) };
      rollup = await timeRollup(withWorker, opts.runs, opts.rollupWaitSeconds);
    }
    const results = resultsMarkdown({ machine, seed, reports, dashboards, rollup, runs: opts.runs });
    console.log(results);
    if (opts.writeDocs) {
      writeBenchmarkResults(DOC, SECTION, results);
      console.log('\ndocs/benchmarks.md: "Reports" results updated');
    }
  } finally {
    await api?.stop();
    await pool.end();
    await db.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
