import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Pool } from 'pg';
import { graphql } from './bench-graphql';
import { elapsedMs, median, percentile } from './bench-stats';
import { HAND_SQL } from './report-hand-sql';

const DEFINITIONS = path.join(__dirname, '../../../definitions');

/** Keys of the shipped reports or dashboards (definitions/reports, definitions/dashboards). */
export function shippedKeys(folder: 'reports' | 'dashboards'): string[] {
  const suffix = folder === 'reports' ? '.report.json' : '.dashboard.json';
  return readdirSync(path.join(DEFINITIONS, folder))
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();
}

const RUN = `query($key: String!) { runReport(key: $key) { columns { key role } rows total fromRollup } }`;

interface RunAnswer {
  runReport: {
    columns: { key: string; role: string }[];
    rows: Record<string, unknown>[];
    total: number;
    fromRollup: boolean;
  };
}

export interface ReportTiming {
  readonly key: string;
  readonly rows: number;
  readonly engineMs: number;
  readonly handMs: number;
  readonly fromRollup: boolean;
}

export interface Session {
  readonly baseUrl: string;
  readonly token: string;
  readonly pool: Pool;
  readonly tenantId: string;
}

export function runReport(session: Session, key: string): Promise<RunAnswer> {
  return graphql<RunAnswer>(session.baseUrl, RUN, { key }, session.token);
}

const sortedNumbers = (values: unknown[]) =>
  values.map((v) => (v === null || v === undefined ? Number.NaN : Number(v))).sort((a, b) => a - b);

/** The engine rounds to the measure's decimals (a percent to 0.1 %): values agree within that. */
const close = (a: number, b: number) =>
  (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 0.0005 + 0.005 * Math.abs(b);

/** Fails unless the engine and the hand-written statement give as many rows and the same first-measure values. */
function assertSameAnswer(key: string, engine: RunAnswer['runReport'], hand: Record<string, unknown>[]): void {
  const measure = engine.columns.find((c) => c.role === 'measure')?.key ?? '';
  const query = HAND_SQL[key];
  if (!query) throw new Error(`no hand-written SQL for ${key}`);
  const fromEngine = sortedNumbers(engine.rows.map((r) => r[measure]));
  const fromHand = sortedNumbers(hand.map((r) => r[query.firstMeasure]));
  if (fromEngine.length !== fromHand.length || fromEngine.some((v, i) => !close(v, fromHand[i] ?? Number.NaN))) {
    throw new Error(
      `${key}: the engine and the hand-written SQL disagree (${engine.rows.length} vs ${hand.length} rows)`,
    );
  }
}

/**
 * One shipped report: compared once, then `runs` alternating timed runs of the engine (runReport over HTTP: auth,
 * planning, SQL under row-level security, shaping) and of the hand-written statement (pg, superuser); medians.
 */
export async function timeReport(session: Session, key: string, runs: number): Promise<ReportTiming> {
  const query = HAND_SQL[key];
  if (!query) throw new Error(`no hand-written SQL for ${key}`);
  const first = await runReport(session, key);
  const hand = await session.pool.query<Record<string, unknown>>(query.sql, [session.tenantId]);
  assertSameAnswer(key, first.runReport, hand.rows);
  const engineMs: number[] = [];
  const handMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await runReport(session, key);
    engineMs.push(elapsedMs(start));
    start = performance.now();
    await session.pool.query(query.sql, [session.tenantId]);
    handMs.push(elapsedMs(start));
  }
  return {
    key,
    rows: first.runReport.rows.length,
    engineMs: median(engineMs),
    handMs: median(handMs),
    fromRollup: first.runReport.fromRollup,
  };
}

export interface DashboardTiming {
  readonly key: string;
  readonly widgets: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Widget answers that were errors (e.g. TIMEOUT), by code, over all runs. */
  readonly failures: Readonly<Record<string, number>>;
}

const DASHBOARD_QUERY = `query($key: String!) { dashboard(key: $key) { widgets { key error { code } } } }`;

/** A dashboard opened `runs` times one after another (every widget's report run); p50, p95 and failed widgets. */
export async function timeDashboard(session: Session, key: string, runs: number): Promise<DashboardTiming> {
  const times: number[] = [];
  const failures: Record<string, number> = {};
  let widgets = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const answer = await graphql<{ dashboard: { widgets: { key: string; error: { code: string } | null }[] } }>(
      session.baseUrl,
      DASHBOARD_QUERY,
      { key },
      session.token,
    );
    times.push(elapsedMs(start));
    for (const widget of answer.dashboard.widgets) {
      if (widget.error) failures[widget.error.code] = (failures[widget.error.code] ?? 0) + 1;
    }
    widgets = answer.dashboard.widgets.length;
  }
  return { key, widgets, p50Ms: median(times), p95Ms: percentile(times, 95), failures };
}
