// The designer's first pages in a real browser: time to interactive of /login and of /inbox (signed in), cold cache
// each load, against a static page with one input served by the same server, in the same run; and the initial
// route's JavaScript (gzipped, and as sent). Writes the "Designer" results of docs/benchmarks.md.
// Needs the builds: npx nx run-many -t build -p api designer
// Run: npm run bench:designer [-- --smoke] [-- --runs=20 --no-docs]
import { cpus, loadavg, platform, arch } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { writeBenchmarkResults } from '@anxin/process-engine/bench';
import { graphqlRequest, launchChromium } from '@anxin/testing';
import { initialChunks } from '../src/support/initial-bundle';
import { BASELINE_PATH, startBenchApp } from './bench-app';
import { designerResults, type PageSeries } from './designer-report';
import { timePageLoad, type PageTiming, type Readiness } from './page-timing';

const DOC = path.join(__dirname, '../../../docs/benchmarks.md');
const SECTION = { id: 'designer', heading: 'Designer', script: 'bench:designer' };
/** A demo engineer (README): his home page is the inbox. */
const INBOX_USER = 'eng-civil-1';
const DEMO_PASSWORD = 'anxin123';
const REFRESH_TOKEN_KEY = 'anxin.refreshToken';

function options() {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      runs: { type: 'string' },
      'no-docs': { type: 'boolean', default: false },
    },
  });
  return {
    smoke: values.smoke,
    runs: Number(values.runs ?? (values.smoke ? 1 : 15)),
    writeDocs: !values.smoke && !values['no-docs'],
  };
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

const LOGIN: Readiness = {
  rendered: '[data-testid="login-form"] input',
  action: { kind: 'type', selector: '[data-testid="login-form"] input' },
};
const INBOX: Readiness = {
  // The list with its data: a task, or the empty state once the query answered.
  rendered: '[data-testid="inbox"] [data-task-id], [data-testid="inbox"] .ant-empty',
  action: {
    kind: 'click',
    selector: '[data-node-key="COMPLETED"]',
    handled: '[data-node-key="COMPLETED"].ant-tabs-tab-active',
  },
};

interface Target {
  readonly series: { page: string; what: string };
  load(browser: Browser, baseUrl: string): Promise<PageTiming>;
}

async function refreshTokenOf(baseUrl: string, username: string): Promise<string> {
  const answer = await graphqlRequest<{ login: { refreshToken: string } }>(
    baseUrl,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { refreshToken } }',
    { u: username, p: DEMO_PASSWORD },
  );
  if (!answer.data) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.login.refreshToken;
}

const TARGETS: readonly Target[] = [
  {
    series: { page: 'baseline', what: 'static page, its input takes typing' },
    load: (browser, baseUrl) => timePageLoad({ browser, url: `${baseUrl}${BASELINE_PATH}`, readiness: LOGIN }),
  },
  {
    series: { page: '/login', what: 'sign-in form takes typing' },
    load: (browser, baseUrl) => timePageLoad({ browser, url: `${baseUrl}/login`, readiness: LOGIN }),
  },
  {
    // Signed in as a returning user is: a refresh token in storage (each is single use, so one per load).
    series: { page: '/inbox', what: 'tasks listed, a tab click handled' },
    load: async (browser, baseUrl) =>
      timePageLoad({
        browser,
        url: `${baseUrl}/inbox`,
        readiness: INBOX,
        storage: { [REFRESH_TOKEN_KEY]: await refreshTokenOf(baseUrl, INBOX_USER) },
      }),
  },
];

function machineLine(browser: Browser): string {
  const cpu = cpus();
  return (
    `Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${platform()} ` +
    `${arch()}; Chromium ${browser.version()} headless (Debian), localhost; load average ${loadavg()[0]!.toFixed(1)} ` +
    'at the start.'
  );
}

async function main(): Promise<void> {
  const opts = options();
  const chunks = initialChunks();
  progress('starting PostgreSQL and the app (demo data, definitions)…');
  const app = await startBenchApp();
  const browser = await launchChromium();
  try {
    const machine = machineLine(browser);
    progress('warm-up round…');
    for (const target of TARGETS) await target.load(browser, app.baseUrl);
    const timings = TARGETS.map(() => [] as PageTiming[]);
    for (let run = 0; run < opts.runs; run++) {
      for (const [index, target] of TARGETS.entries()) timings[index]!.push(await target.load(browser, app.baseUrl));
      progress(`run ${run + 1}/${opts.runs}`);
    }
    const series: PageSeries[] = TARGETS.map((target, index) => ({ ...target.series, timings: timings[index]! }));
    const results = designerResults({
      machine,
      date: new Date().toISOString().slice(0, 10),
      chunks,
      baseline: series[0]!,
      pages: series.slice(1),
    });
    process.stdout.write(`${results}\n`);
    if (opts.writeDocs) {
      writeBenchmarkResults(DOC, SECTION, results);
      progress(`written to ${path.relative(process.cwd(), DOC)}`);
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
