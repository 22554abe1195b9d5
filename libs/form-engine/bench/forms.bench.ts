// Submissions validated per second: @anxin/form-engine's validateSubmission against Ajv on an equivalent JSON
// Schema, same data, interleaved in one process; writes the "Forms" results of docs/benchmarks.md.
// Run: npm run bench:forms [-- --rounds=7 --ajv=200000 --forms=4000 --no-docs]
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkForm, evaluateForm, validateSubmission, type FormContext } from '../src/index';
import { benchForm, benchSchema, benchSubmission } from './bench-form';
import { markdownTable, writeBenchmarkResults } from '@anxin/process-engine/bench';

const DOC = join(__dirname, '../../../docs/benchmarks.md');
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    ajv: { type: 'string', default: '200000' },
    forms: { type: 'string', default: '4000' },
    'no-docs': { type: 'boolean', default: false },
  },
});
const ROUNDS = Number(args.rounds);

// What the API passes: a clock, the user, and the metadata of the uploaded files.
const context: FormContext = {
  now: () => Date.parse('2025-01-28T10:00:00+08:00'),
  user: { id: 'u-1024', name: '王女士' },
  files: {
    'f-1': { size: 2_000_000, mimeType: 'image/jpeg' },
    'f-2': { size: 3_000_000, mimeType: 'image/png' },
    'f-pdf': { size: 100_000, mimeType: 'application/pdf' },
  },
};

const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, multipleOfPrecision: 9 });
const ajvValidate = ajv.compile(benchSchema);

interface Contender {
  readonly name: string;
  readonly perRound: number;
  readonly run: () => boolean;
}

const contenders: readonly Contender[] = [
  {
    name: `Ajv ${ajvVersion()} (compiled JSON Schema)`,
    perRound: Number(args.ajv),
    run: () => ajvValidate(benchSubmission),
  },
  {
    name: '@anxin/form-engine validateSubmission',
    perRound: Number(args.forms),
    run: () => validateSubmission(benchForm, benchSubmission, context).ok,
  },
];

function ajvVersion(): string {
  const manifest = join(require.resolve('ajv'), '../../package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function perSecond(run: () => unknown, count: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) run();
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rate = (n: number): string => Math.round(n).toLocaleString('en').replace(/,/g, ' ');

/** Both accept the valid submission and refuse a broken one, before anything is timed. */
function checkSameVerdicts(): void {
  const problems = checkForm(benchForm);
  if (problems.length > 0) throw new Error(`bench form: ${JSON.stringify(problems)}`);
  const broken = {
    ...benchSubmission,
    contactPhone: '12345',
    materials: [{ name: '角阀', quantity: 0, unitPrice: 1 }],
  };
  for (const contender of contenders) {
    if (!contender.run()) throw new Error(`${contender.name} refuses the valid submission`);
  }
  if (ajvValidate(broken) || validateSubmission(benchForm, broken, context).ok)
    throw new Error('a broken submission passes');
  const fields = Object.keys(benchSubmission).length;
  if (fields !== 23 || benchForm.fields.length !== 25) throw new Error(`expected 25 fields, 23 sent; got ${fields}`);
}

function measure(): { rows: string[][]; ratio: number; extras: string[] } {
  const runs = contenders.map(() => [] as number[]);
  contenders.forEach((c) => perSecond(c.run, Math.ceil(c.perRound / 4)));
  for (let round = 0; round < ROUNDS; round += 1) {
    contenders.forEach((c, i) => runs[i]?.push(perSecond(c.run, c.perRound)));
  }
  const rates = runs.map(median);
  const rows = contenders.map((c, i) => [
    c.name,
    rate(rates[i] ?? 0),
    `${((1e6 / (rates[i] ?? 1)) | 0).toString()} µs`.replace('0 µs', '< 1 µs'),
    `${rate(Math.min(...(runs[i] ?? [])))}–${rate(Math.max(...(runs[i] ?? [])))}`,
  ]);
  const evaluations = median(
    [1, 2, 3].map(() => perSecond(() => evaluateForm(benchForm, benchSubmission, context), 2000)),
  );
  const cold = median([1, 2, 3].map(() => perSecond(() => checkForm(structuredClone(benchForm)), 200)));
  const extras = [
    `evaluateForm (the designer's live preview) on the same data: ${rate(evaluations)} evaluations/s.`,
    `checkForm of the form, uncached (a new form object each time: publish, or the first submission of a version): ${rate(cold)} checks/s.`,
  ];
  return { rows, ratio: (rates[0] ?? 0) / (rates[1] ?? 1), extras };
}

function main(): void {
  checkSameVerdicts();
  const { rows, ratio, extras } = measure();
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ${platform()} ${arch()}`;
  const table = markdownTable(
    ['validator', 'submissions/s', 'per submission', 'slowest–fastest round'],
    rows.map((row) => row.map((cell) => cell.replace('µ', 'u'))),
    ['left', 'right', 'right', 'right'],
  ).replace(/ us /g, ' µs ');
  const results = [
    `Machine: ${machine}. Run of ${new Date().toISOString().slice(0, 10)}: ${ROUNDS} rounds after a warm-up, interleaved, median round; a round is ${rate(contenders[0]?.perRound ?? 0)} submissions on Ajv and ${rate(contenders[1]?.perRound ?? 0)} on the engine.`,
    '',
    table,
    '',
    `**Ratio (Ajv ÷ form engine): ${ratio.toFixed(1)}×** (informational).`,
    '',
    ...extras.map((line) => `- ${line}`),
  ].join('\n');
  console.log(results);
  if (!args['no-docs']) {
    writeBenchmarkResults(DOC, { id: 'forms', heading: 'Forms', script: 'bench:forms', intro: INTRO }, results);
    console.log(`\nwritten to ${DOC}`);
  }
}

const INTRO = `
\`npm run bench:forms\` (\`libs/form-engine/bench/forms.bench.ts\`): submissions validated per second for a 25-field
form of 20 field types with a 4-column sub-form (3 rows), a computed cost per row, an aggregate, two computed
totals and a visibility rule, by \`validateSubmission\` and by Ajv on the equivalent JSON Schema
(\`bench/bench-form.ts\`), in one process, interleaved. Both accept the same valid submission and refuse the same
broken one (checked before timing).

The two do not do the same work, which is the point of the engine: Ajv checks types, ranges, patterns, options and
the one conditional requirement JSON Schema can express. The engine also coerces input, evaluates every rule
(visibility, computed cells, aggregates) with \`@anxin/rules\`, drops hidden fields, checks the ID card's checksum
and birth date and the files' sizes and types, and builds the value to store and messages in Chinese and English.
`;

main();
