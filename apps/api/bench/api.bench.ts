// The GraphQL API under load: task completions/s through GraphQL with p50/p99 at half the peak, and one engineer's
// inbox among 1 000 000 open tasks. The api runs in a child process on an embedded PostgreSQL of its own; autocannon
// and the checks run here. Writes the "API" results of docs/benchmarks.md.
// Run: npm run bench:api [-- --smoke] [-- --rounds=3 --connections=32 --peak-seconds=10 --half-seconds=15
//   --inbox-tasks=1000000 --inbox-requests=200 --parts=inbox,completions --no-docs
//   --statements (the statements of each 50 % run by text)]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { writeBenchmarkResults } from '@anxin/process-engine/bench';
import { apiReportMarkdown } from './api-report';
import { startApiServer, type ApiServer } from './api-server';
import { machineLine, startBenchDatabase, type BenchDatabase } from './bench-database';
import { startBenchWorkflow } from './bench-workflow';
import { measureCompletions, type CompletionReport } from './completion-rounds';
import { measureInbox, type InboxReport } from './inbox-latency';
import { SqlCounter } from './sql-counter';

const DOC = path.join(__dirname, '../../../docs/benchmarks.md');
const SECTION = { id: 'api', heading: 'API', script: 'bench:api' };

function options() {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      'peak-seconds': { type: 'string' },
      'half-seconds': { type: 'string' },
      'inbox-tasks': { type: 'string' },
      'inbox-requests': { type: 'string' },
      parts: { type: 'string', default: 'inbox,completions' },
      'no-docs': { type: 'boolean', default: false },
      statements: { type: 'boolean', default: false },
    },
  });
  const parts = values.parts.split(',');
  const smoke = values.smoke;
  const pick = (value: string | undefined, full: number, tiny: number) => Number(value ?? (smoke ? tiny : full));
  return {
    smoke,
    completions: {
      rounds: pick(values.rounds, 3, 1),
      connections: pick(values.connections, 32, 4),
      peakSeconds: pick(values['peak-seconds'], 10, 1),
      halfSeconds: pick(values['half-seconds'], 15, 1),
      warmUpSeconds: smoke ? 1 : 5,
      guessRate: smoke ? 600 : 1_000,
    },
    inbox: {
      tasks: pick(values['inbox-tasks'], 1_000_000, 5_000),
      requests: pick(values['inbox-requests'], 200, 40),
      rounds: smoke ? 1 : 3,
    },
    statements: values.statements,
    parts: { inbox: parts.includes('inbox'), completions: parts.includes('completions') },
    writeDocs: !smoke && !values['no-docs'] && parts.length === 2,
  };
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

async function measure(
  db: BenchDatabase,
  api: ApiServer,
  opts: ReturnType<typeof options>,
): Promise<{ completions?: CompletionReport; inbox?: InboxReport }> {
  const pool = new Pool({ connectionString: db.url, max: 4 });
  const workflow = await startBenchWorkflow(db.url);
  const counter = new SqlCounter(pool, db.settings.statStatements);
  try {
    // The inbox first: the completions then run on a table of production size (1 000 000 open tasks).
    const inbox = opts.parts.inbox
      ? await measureInbox({ baseUrl: api.baseUrl, pool, workflow, progress }, opts.inbox)
      : undefined;
    const completions = opts.parts.completions
      ? await measureCompletions(
          {
            baseUrl: api.baseUrl,
            pool,
            workflow,
            apiCpuMs: () => api.cpuMs(),
            dbCpuMs: () => db.cpuMs(),
            counter,
            progress,
            statementBreakdown: opts.statements,
          },
          opts.completions,
        )
      : undefined;
    return { completions, inbox };
  } finally {
    await workflow.close();
    await pool.end();
  }
}

async function main(): Promise<void> {
  const opts = options();
  const db = await startBenchDatabase();
  const scratch = mkdtempSync(path.join(tmpdir(), 'anxin-bench-api-'));
  let api: ApiServer | undefined;
  try {
    progress(machineLine(db.settings));
    if (db.settings.synchronousCommit !== 'on') throw new Error('the benchmark needs synchronous_commit=on');
    api = await startApiServer({ databaseUrl: db.url, dataDir: scratch });
    progress(`api started (pid ${api.pid}, ${api.baseUrl})`);
    const report = await measure(db, api, opts);
    const results = apiReportMarkdown({
      machine: machineLine(db.settings),
      date: new Date().toISOString().slice(0, 10),
      ...report,
    });
    console.log(results);
    if (opts.writeDocs) {
      writeBenchmarkResults(DOC, SECTION, results);
      console.log('\ndocs/benchmarks.md: "API" results updated');
    }
  } finally {
    await api?.stop();
    await db.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
