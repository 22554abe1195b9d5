import type { JsonLogicRule, JsonValue } from '@anxin/rules';
import type { ReportProblem } from '../model/report-problem.type';
import { pointer, reportProblem } from '../problems/report-problem.util';
import { isRecord } from '../shape/shape.util';

/** A parsed formula: arithmetic over measures and numbers. */
export type Formula =
  | { readonly kind: 'measure'; readonly key: string; readonly path: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'op'; readonly op: '+' | '-' | '*' | '/'; readonly left: Formula; readonly right: Formula };

const OPS = ['+', '-', '*', '/'] as const;

function parse(rule: JsonValue, path: string, out: ReportProblem[]): Formula | undefined {
  if (typeof rule === 'number' && Number.isFinite(rule)) return { kind: 'number', value: rule };
  if (!isRecord(rule) || Object.keys(rule).length !== 1) {
    out.push(reportProblem('INVALID_FORMULA', path, 'Expected a number, { "measure": key } or one of + - * /.'));
    return undefined;
  }
  const [symbol, raw] = Object.entries(rule)[0] as [string, JsonValue];
  if (symbol === 'measure' && typeof raw === 'string')
    return { kind: 'measure', key: raw, path: pointer(path, 'measure') };
  const op = OPS.find((o) => o === symbol);
  const args = Array.isArray(raw) ? raw : [];
  const arityOk = op === '+' || op === '*' ? args.length >= 2 : args.length === 2;
  if (op === undefined || !arityOk) {
    out.push(
      reportProblem(
        'INVALID_FORMULA',
        pointer(path, symbol),
        `Expected + or * over two or more operands, - or / over two.`,
      ),
    );
    return undefined;
  }
  const parts = args.map((a, i) => parse(a, pointer(path, symbol, i), out));
  if (parts.some((p) => p === undefined)) return undefined;
  // n-ary + and * fold to the left: a + b + c = (a + b) + c.
  return (parts as Formula[]).reduce((left, right) => ({ kind: 'op', op, left, right }));
}

/** Parses a formula measure's `formula`; problems name the parts that are not arithmetic over measures. */
export function parseFormula(rule: JsonLogicRule, path: string): { formula?: Formula; problems: ReportProblem[] } {
  const problems: ReportProblem[] = [];
  const formula = parse(rule, path, problems);
  return problems.length > 0 ? { problems } : { formula, problems };
}

/** The measure keys a formula reads, with the path of each mention. */
export function formulaRefs(formula: Formula): { key: string; path: string }[] {
  switch (formula.kind) {
    case 'measure':
      return [{ key: formula.key, path: formula.path }];
    case 'number':
      return [];
    case 'op':
      return [...formulaRefs(formula.left), ...formulaRefs(formula.right)];
  }
}
