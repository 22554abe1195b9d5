// Instances per second of the repair-like process (6 user tasks, plus a 3-way parallel 会签 for the half of the tickets
// over 500 元) on bpmn-engine and on our interpreter, in memory, in one process; writes the "Engine core" results of
// docs/benchmarks.md. Run: npm run bench:engine-core [-- --rounds=7 --bpmn-engine=200 --anxin=4000 --no-docs]
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EngineEnv } from '../src/engine/engine-env.type';
import { hasModelErrors, parseProcess } from '../src/index';
import type { ProcessModel } from '../src/model/process-model.type';
import { writeBenchmarkResults } from './benchmarks-doc';
import { markdownTable } from './markdown-table';
import { repairTicket } from './repair-tickets';
import { runAnxinInstance } from './run-anxin-instance';
import { loadBpmnEngineSource, runBpmnEngineInstance, type BpmnEngineSource } from './run-bpmn-engine-instance';

const ANXIN_FIXTURE = join(__dirname, '../test/fixtures/repair-like.bpmn');
const BPMN_ENGINE_FIXTURE = join(__dirname, 'repair-like.bpmn-engine.bpmn');
const DOC = join(__dirname, '../../../docs/benchmarks.md');
const GOAL = 10;

interface Contender {
  readonly name: string;
  readonly perRound: number;
  /** Runs tickets 0…count-1 one after another; returns the number of tasks worked. */
  readonly round: (count: number) => Promise<number>;
  /** Tasks ticket `index` works, in order (for the same-work check). */
  readonly visits: (index: number) => Promise<readonly string[]>;
}

function bpmnEngineVersion(): string {
  const manifest = join(dirname(require.resolve('bpmn-engine')), '../package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

async function loadAnxinModel(): Promise<ProcessModel> {
  const { model, problems } = await parseProcess(readFileSync(ANXIN_FIXTURE, 'utf8'));
  if (!model || hasModelErrors(problems)) throw new Error(`fixture problems: ${JSON.stringify(problems)}`);
  return model;
}

function anxin(model: ProcessModel, perRound: number): Contender {
  // What a runtime would inject: the real clock and random ids.
  const env: EngineEnv = { now: () => Date.now(), newId: (prefix) => `${prefix}-${randomUUID()}` };
  return {
    name: '@anxin/process-engine',
    perRound,
    round: (count) => {
      let tasks = 0;
      for (let i = 0; i < count; i += 1) tasks += runAnxinInstance(model, repairTicket(i), env).worked.length;
      return Promise.resolve(tasks);
    },
    visits: (index) => Promise.resolve(runAnxinInstance(model, repairTicket(index), env).worked),
  };
}

function bpmnEngine(source: BpmnEngineSource, perRound: number): Contender {
  return {
    name: `bpmn-engine ${bpmnEngineVersion()}`,
    perRound,
    round: async (count) => {
      let tasks = 0;
      for (let i = 0; i < count; i += 1) tasks += (await runBpmnEngineInstance(source, repairTicket(i))).length;
      return tasks;
    },
    visits: (index) => runBpmnEngineInstance(source, repairTicket(index)),
  };
}

async function visitsOf(contenders: readonly Contender[], index: number): Promise<readonly string[]> {
  const runs: string[] = [];
  for (const contender of contenders) runs.push((await contender.visits(index)).join(' → '));
  if (new Set(runs).size !== 1)
    throw new Error(`the engines work different tasks for ticket ${index}:\n${runs.join('\n')}`);
  return (runs[0] ?? '').split(' → ');
}

/**
 * Checks that both engines work the same tasks in the same order for both kinds of ticket, and that the cost
 * condition routes them apart; returns the number of tasks a round of `count` tickets must work.
 */
async function assertSameWork(contenders: readonly Contender[]): Promise<(count: number) => number> {
  const over = await visitsOf(contenders, 0);
  const under = await visitsOf(contenders, 1);
  const approvals = (tasks: readonly string[]) => tasks.filter((id) => id === 'financeApproval').length;
  if (approvals(over) !== 3 || approvals(under) !== 0) throw new Error('the cost condition is not applied');
  return (count) => Math.ceil(count / 2) * over.length + Math.floor(count / 2) * under.length;
}

async function instancesPerSecond(contender: Contender, expectedTasks: (count: number) => number): Promise<number> {
  const start = process.hrtime.bigint();
  const tasks = await contender.round(contender.perRound);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (tasks !== expectedTasks(contender.perRound)) throw new Error(`${contender.name} worked ${tasks} tasks`);
  return contender.perRound / seconds;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en').replace(/,/g, ' ');
}

function formatRate(value: number): string {
  return value >= 100 ? formatCount(value) : value.toFixed(1);
}

function options() {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '7' },
      'bpmn-engine': { type: 'string', default: '200' },
      anxin: { type: 'string', default: '4000' },
      'no-docs': { type: 'boolean', default: false },
    },
  });
  return {
    rounds: Number(values.rounds),
    bpmnEngine: Number(values['bpmn-engine']),
    anxin: Number(values.anxin),
    writeDocs: !values['no-docs'],
  };
}

/** One warm-up round per engine, then `rounds` rounds with the engines interleaved; instances/s per round. */
async function measure(contenders: readonly Contender[], rounds: number, expectedTasks: (count: number) => number) {
  for (const contender of contenders) await instancesPerSecond(contender, expectedTasks);
  const rates = contenders.map((): number[] => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, contender] of contenders.entries()) {
      rates[i]?.push(await instancesPerSecond(contender, expectedTasks));
    }
  }
  return rates;
}

interface Report {
  readonly contenders: readonly Contender[];
  readonly rates: readonly (readonly number[])[];
  readonly rounds: number;
  readonly tasksPerInstance: number;
}

/** The markdown the console and docs/benchmarks.md get: machine, table of median rounds, ratio. */
function resultsMarkdown({ contenders, rates, rounds, tasksPerInstance }: Report): string {
  const medians = rates.map(median);
  const ratio = (medians[1] ?? 0) / (medians[0] ?? 1);
  const cpu = cpus();
  const machine = `${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${platform()} ${arch()}`;
  const [theirs, ours] = contenders;
  const table = markdownTable(
    ['engine', 'instances/s', 'user-task completions/s', 'slowest–fastest round (instances/s)'],
    contenders.map((c, i) => {
      const own = rates[i] ?? [];
      const rate = medians[i] ?? 0;
      const spread = `${formatRate(Math.min(...own))}–${formatRate(Math.max(...own))}`;
      return [c.name, formatRate(rate), formatRate(rate * tasksPerInstance), spread];
    }),
    ['left', 'right', 'right', 'right'],
  );
  return [
    `Machine: ${machine}. Run of ${new Date().toISOString().slice(0, 10)}: ${rounds} rounds after one warm-up ` +
      `round each, the engines interleaved, median round; a round is ${formatCount(theirs?.perRound ?? 0)} ` +
      `instances on bpmn-engine and ${formatCount(ours?.perRound ?? 0)} on ours, ${tasksPerInstance} user-task ` +
      'completions per instance on average.',
    table,
    `**Ratio (ours ÷ bpmn-engine): ${ratio.toFixed(1)}×** (goal ≥ ${GOAL}×).`,
  ].join('\n\n');
}

async function main(): Promise<void> {
  const opts = options();
  const model = await loadAnxinModel();
  const source = await loadBpmnEngineSource(readFileSync(BPMN_ENGINE_FIXTURE, 'utf8'));
  // bpmn-engine first, ours second: the ratio is ours ÷ bpmn-engine.
  const contenders = [bpmnEngine(source, opts.bpmnEngine), anxin(model, opts.anxin)];
  const expectedTasks = await assertSameWork(contenders);
  const rates = await measure(contenders, opts.rounds, expectedTasks);
  const results = resultsMarkdown({ contenders, rates, rounds: opts.rounds, tasksPerInstance: expectedTasks(2) / 2 });
  console.log(results);
  if (opts.writeDocs) {
    writeBenchmarkResults(DOC, { id: 'engine-core', heading: 'Engine core', script: 'bench:engine-core' }, results);
    console.log('\ndocs/benchmarks.md: "Engine core" results updated');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
