import { markdownTable } from '@anxin/process-engine/bench';
import { BUDGET_BYTES, GZIP_LEVEL, type BundleChunk, totalBytes, totalGzipBytes } from '../src/support/initial-bundle';
import { formatCount, formatMs, median, percentile } from './bench-stats';
import type { PageTiming } from './page-timing';

export interface PageSeries {
  /** As printed in the table: `baseline`, `/login`, `/inbox`. */
  readonly page: string;
  readonly what: string;
  readonly timings: readonly PageTiming[];
}

export interface DesignerReport {
  readonly machine: string;
  readonly date: string;
  readonly chunks: readonly BundleChunk[];
  readonly baseline: PageSeries;
  readonly pages: readonly PageSeries[];
}

const ms = (value: number) => `${formatMs(value)} ms`;
const kb = (bytes: number) => `${formatCount(bytes / 1000)} KB`;
const p50 = (series: PageSeries, pick: (timing: PageTiming) => number) => median(series.timings.map(pick));
const p95 = (series: PageSeries, pick: (timing: PageTiming) => number) => percentile(series.timings.map(pick), 95);
const interactive = (timing: PageTiming) => timing.interactiveMs;
const rendered = (timing: PageTiming) => timing.renderedMs;

const ratio = (series: PageSeries, baseline: PageSeries, pick: (timing: PageTiming) => number) =>
  `${(p50(series, pick) / p50(baseline, pick)).toFixed(1)}×`;

function row(series: PageSeries, baseline: PageSeries): string[] {
  const first = series.timings[0];
  return [
    series.page,
    series.what,
    ms(p50(series, rendered)),
    ms(p50(series, interactive)),
    ms(p95(series, interactive)),
    first ? `${first.scripts} / ${kb(first.scriptBytes)}` : '–',
    ratio(series, baseline, interactive),
  ];
}

/** The results block of docs/benchmarks.md, also printed: the lines the smoke test checks. */
export function designerResults(report: DesignerReport): string {
  const { chunks, baseline, pages } = report;
  const gzip = totalGzipBytes(chunks);
  const runs = baseline.timings.length;
  const encodings = [...new Set(pages.flatMap((series) => series.timings.flatMap((timing) => timing.encodings)))];
  const lines = [
    `${report.machine} Run of ${report.date}: ${runs} cold loads of each page (a fresh browser context each, pages interleaved), after one warm-up round.`,
    '',
    `- **Initial route: ${formatCount(gzip)} bytes (${kb(gzip)}) of JavaScript gzipped** (zlib level ${GZIP_LEVEL}; ` +
      `budget ${kb(BUDGET_BYTES)}: ${gzip <= BUDGET_BYTES ? 'met' : 'missed'}), ${chunks.length} files, ` +
      `${formatCount(totalBytes(chunks))} bytes uncompressed.`,
    `- The server sends the scripts with content-encoding: ${encodings.join(', ') || 'none seen'}.`,
    '',
    markdownTable(
      [
        'page',
        'ready when',
        'rendered p50',
        'interactive p50',
        'interactive p95',
        'scripts / bytes on the wire',
        'interactive ratio',
      ],
      [baseline, ...pages].map((series) => row(series, baseline)),
      ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
    ...pages.map(
      (series) =>
        `- **${series.page} interactive: p50 ${ms(p50(series, interactive))}, p95 ${ms(p95(series, interactive))}, ` +
        `${ratio(series, baseline, interactive)} the baseline** (${ms(p50(baseline, interactive))}); rendered p50 ` +
        `${ms(p50(series, rendered))}, ${ratio(series, baseline, rendered)} the baseline's.`,
    ),
  ];
  return lines.join('\n');
}
