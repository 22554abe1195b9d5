// Evaluations per second of raw json-logic-js `apply` against our `evaluate`, same rules and data, one process.
// Run: npm run bench:rules
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import jsonLogic from 'json-logic-js';
import type { RulesLogic } from 'json-logic-js';
import { addWorkingTime, cnWorkdaysCalendar, evaluate, evaluateTable } from '../src/index';

interface Case {
  readonly name: string;
  readonly rule: unknown;
}

const ticket = {
  category: '漏水',
  area: '室内',
  fee: 320,
  urgent: true,
  budget: 200,
  contact: { name: '王女士', phone: '13800000000' },
  unit: { building: '3栋', floor: 2, room: '1201' },
  materials: [
    { name: '角阀', qty: 2, price: 15 },
    { name: '软管', qty: 1, price: 28 },
    { name: '生料带', qty: 3, price: 3.5 },
  ],
  visits: [{ outcome: '业主不在家' }, { outcome: '已修复' }],
};

const cases: readonly Case[] = [
  {
    name: 'form visibility',
    rule: { and: [{ '==': [{ var: 'category' }, '漏水'] }, { '==': [{ var: 'area' }, '室内'] }] },
  },
  {
    name: 'approval gateway',
    rule: { if: [{ '>': [{ var: 'fee' }, 500] }, 'manager', { '>': [{ var: 'fee' }, 200] }, 'supervisor', 'auto'] },
  },
  {
    name: 'dispatch condition',
    rule: {
      or: [
        { in: [{ var: 'category' }, ['燃气', '电路', '漏水']] },
        { and: [{ var: 'urgent' }, { '<': [{ var: 'unit.floor' }, 3] }] },
      ],
    },
  },
  {
    name: 'sub-form budget',
    rule: {
      '<=': [
        {
          reduce: [
            { var: 'materials' },
            { '+': [{ var: 'accumulator' }, { '*': [{ var: 'current.qty' }, { var: 'current.price' }] }] },
            0,
          ],
        },
        { var: 'budget' },
      ],
    },
  },
  { name: 'report filter', rule: { all: [{ var: 'visits' }, { '!=': [{ var: 'outcome' }, 'refused'] }] } },
  { name: 'required fields', rule: { missing: ['contact.name', 'contact.phone', 'unit.room'] } },
];

const ROUNDS = 7;
const ITERATIONS = 100_000;

function opsPerSecond(run: (rule: unknown) => unknown, rule: unknown, iterations = ITERATIONS): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) run(rule);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return iterations / seconds;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const raw = (rule: unknown): unknown => jsonLogic.apply(rule as RulesLogic, ticket);
const ours = (rule: unknown): unknown => evaluate(rule, ticket);
// A fresh copy of the rule on every call defeats the compile cache: the cost of a rule seen only once.
const fresh = (rule: unknown): unknown => JSON.parse(JSON.stringify(rule)) as unknown;
const rawFresh = (rule: unknown): unknown => raw(fresh(rule));
const oursFresh = (rule: unknown): unknown => ours(fresh(rule));

function assertSameResults(): void {
  for (const { name, rule } of cases) {
    const result = evaluate(rule, ticket);
    const expected = JSON.stringify(raw(rule));
    if (!result.ok || JSON.stringify(result.value) !== expected) throw new Error(`Results differ for "${name}".`);
  }
}

function measure(): void {
  assertSameResults();
  const rows: string[] = [];
  let rawTotal = 0;
  let oursTotal = 0;
  for (const { name, rule } of cases) {
    const rawRuns: number[] = [];
    const oursRuns: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      rawRuns.push(opsPerSecond(raw, rule));
      oursRuns.push(opsPerSecond(ours, rule));
    }
    const r = median(rawRuns);
    const o = median(oursRuns);
    rawTotal += 1 / r;
    oursTotal += 1 / o;
    rows.push(
      `| ${name} | ${Math.round(r).toLocaleString('en')} | ${Math.round(o).toLocaleString('en')} | ${(r / o).toFixed(2)}× |`,
    );
  }
  const uncached = median(cases.map(({ rule }) => opsPerSecond(rawFresh, rule) / opsPerSecond(oursFresh, rule)));
  const ratio = oursTotal / rawTotal;
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`);
  console.log(`${ITERATIONS.toLocaleString('en')} evaluations × ${ROUNDS} rounds per rule, median round\n`);
  console.log('| rule | json-logic-js apply (eval/s) | @anxin/rules evaluate (eval/s) | overhead |');
  console.log('|---|---:|---:|---:|');
  for (const row of rows) console.log(row);
  console.log(`\noverhead ratio over the mix (time ours / time json-logic-js): ${ratio.toFixed(2)}× (goal ≤ 1.30×)`);
  console.log(`uncached (a fresh rule object per call, both sides parse it; median rule): ${uncached.toFixed(2)}×`);
}

/** Informational: the other hot paths of the library, per second. */
function measureOthers(): void {
  const table = JSON.parse(
    readFileSync(join(__dirname, '../src/decision-table/__tests__/fixtures/dispatch-team.decision-table.json'), 'utf8'),
  ) as unknown;
  const calendar = cnWorkdaysCalendar();
  const tables = median([1, 2, 3].map(() => opsPerSecond(() => evaluateTable(table, ticket), null, 20_000)));
  const deadlines = median(
    [1, 2, 3].map(() => opsPerSecond(() => addWorkingTime('2025-01-27T17:00:00+08:00', 'PT8H', calendar), null, 1_000)),
  );
  console.log(
    `evaluateTable (dispatch-team, 3 inputs, 6 rows, FIRST): ${Math.round(tables).toLocaleString('en')} eval/s`,
  );
  console.log(
    `addWorkingTime (PT8H across the 2025 Spring Festival): ${Math.round(deadlines).toLocaleString('en')} calls/s`,
  );
}

measure();
measureOthers();
