import { markdownTable } from '@anxin/process-engine/bench';
import { formatCount, formatMs, formatRate } from './bench-stats';
import type { CompletionReport } from './completion-rounds';
import type { InboxReport, SqlShape } from './inbox-latency';

export interface ApiReport {
  readonly machine: string;
  readonly date: string;
  readonly completions?: CompletionReport;
  readonly inbox?: InboxReport;
}

const goal = (met: boolean) => (met ? 'met' : 'missed');
const ms = (value: number) => `${formatMs(value)} ms`;

function completionLines(report: CompletionReport): string[] {
  const rows = report.rounds.map((round, i) => [
    String(i + 1),
    formatRate(round.peak.rate),
    ms(round.peak.p50),
    ms(round.peak.p99),
    formatRate(round.half.rate),
    ms(round.half.p50),
    ms(round.half.p99),
  ]);
  rows.push([
    '**median**',
    formatRate(report.peakRate),
    ms(report.peakP50),
    ms(report.peakP99),
    formatRate(report.halfRate),
    ms(report.halfP50),
    ms(report.halfP99),
  ]);
  const connections = report.rounds[0]?.peak.connections ?? 0;
  const cpu =
    report.apiCpuPerCompletion !== undefined && report.dbCpuPerCompletion !== undefined
      ? `, ${formatMs(report.apiCpuPerCompletion)} ms of CPU in the api process and ` +
        `${formatMs(report.dbCpuPerCompletion)} ms in PostgreSQL`
      : '';
  return [
    markdownTable(
      ['round', 'peak completions/s', 'peak p50', 'peak p99', 'at 50 %: completions/s', 'p50', 'p99'],
      rows,
      ['right', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
    `- **Task completions through GraphQL at the peak: ${formatRate(report.peakRate)}/s** (goal ≥ 400/s: ` +
      `${goal(report.peakRate >= 400)}), ${connections} connections.`,
    `- **At 50 % of the peak (${formatRate(report.halfRate)}/s): p50 ${ms(report.halfP50)}, p99 ` +
      `${ms(report.halfP99)}** (goal p99 ≤ 50 ms: ${goal(report.halfP99 <= 50)}).`,
    `- Every response checked: ${formatCount(report.completions)} completions, no GraphQL error, each task ` +
      'completed once in `user_task` and audited once in `audit_log`.',
    `- Per completion at 50 %: ${report.statementsPerCompletion.toFixed(1)} statements executed by PostgreSQL ` +
      `(the api and its job worker)${cpu}.`,
    `- 1-minute load average of the machine after each round: ${report.loadAverages.map((l) => l.toFixed(1)).join(', ')} ` +
      '(2 cores, shared with other work).',
  ];
}

function shapeRow(name: string, shape: SqlShape): string[] {
  return [name, ms(shape.executionMs), formatCount(shape.sharedHits + shape.sharedReads), shape.indexes.join('; ')];
}

function inboxLines(report: InboxReport): string[] {
  return [
    `- **Inbox of one engineer among ${formatCount(report.seed.tasks)} open tasks: p50 ${ms(report.p50)}, p95 ` +
      `${ms(report.p95)}, p99 ${ms(report.p99)}** (goal p95 ≤ 20 ms: ${goal(report.p95 <= 20)}). ` +
      `\`tasks(filter: { mine: true }, page: { limit: 20 })\`, ${report.rounds.length} rounds of ` +
      `${formatCount(report.requests)} sequential requests, median of the rounds; total ${report.total} checked on ` +
      `every answer. Seeded in ${report.seed.seconds.toFixed(0)} s.`,
    '',
    markdownTable(
      ['statement', 'execution (median of 7)', 'buffers', 'indexes used'],
      [
        shapeRow('the app: ids from anxin_open_inbox_tasks (SECURITY DEFINER)', report.app),
        shapeRow('UNION ALL (before)', report.union),
        shapeRow('OR (before that)', report.or),
        shapeRow('UNION ALL without RLS (superuser)', report.unionWithoutRls),
      ],
      ['left', 'right', 'right', 'left'],
    ),
  ];
}

/** The "API" results block of docs/benchmarks.md. */
export function apiReportMarkdown(report: ApiReport): string {
  return [
    `${report.machine} Run of ${report.date}; the api in a child process (ROLE=all, NODE_ENV=production), ` +
      'the load in the benchmark process (autocannon at the peak, an evenly spaced open loop at 50 %).',
    '',
    ...(report.completions ? completionLines(report.completions) : []),
    ...(report.completions && report.inbox ? [''] : []),
    ...(report.inbox ? inboxLines(report.inbox) : []),
  ].join('\n');
}
