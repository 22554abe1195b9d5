import type { JsonValue } from '@anxin/rules';
import { isNumericType, isTimeType } from '../dataset/dataset-index';
import { TIME_BUCKETS, type DatasetField, type TimeBucket } from '../model/dataset.type';
import type { PlanExpr, PlanPredicate } from '../model/query-plan.type';
import type { ReportProblem } from '../model/report-problem.type';
import { pointer, reportProblem } from '../problems/report-problem.util';
import { isRecord } from '../shape/shape.util';
import { andAll, fieldExpr, type CompiledFilter, type FilterContext } from './filter-context';
import { operand, paramName, varName, type OperandSite } from './filter-operand';
import { rangePredicate, relativeRange, type RelativeKind } from './relative-dates';

type Out = PlanPredicate | undefined;
type CompareOp = '=' | '<>' | '<' | '<=' | '>' | '>=';

const COMPARE: Readonly<Record<string, CompareOp>> = {
  '==': '=',
  '!=': '<>',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};
const FLIPPED: Readonly<Record<CompareOp, CompareOp>> = {
  '=': '=',
  '<>': '<>',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

interface Walk {
  readonly ctx: FilterContext;
  readonly problems: ReportProblem[];
}

function siteOf(walk: Walk, field: DatasetField, path: string, list = false): OperandSite {
  return { field, path, ctx: walk.ctx, list, out: walk.problems };
}

function unsupported(walk: Walk, path: string, message: string): undefined {
  walk.problems.push(reportProblem('UNSUPPORTED_FILTER', path, message));
  return undefined;
}

function fieldOf(walk: Walk, rule: JsonValue | undefined, path: string): DatasetField | undefined {
  const name = varName(rule);
  if (name === undefined) return unsupported(walk, path, 'Expected { "var": field }.');
  const field = walk.ctx.index.field(name);
  if (!field)
    walk.problems.push(reportProblem('UNKNOWN_FIELD', pointer(path, 'var'), `No field "${name}" in the dataset.`));
  return field;
}

function compareOne(walk: Walk, op: CompareOp, field: DatasetField, right: JsonValue | undefined, path: string): Out {
  if (right === null && (op === '=' || op === '<>')) {
    return { kind: 'isNull', expr: fieldExpr(field), ...(op === '<>' ? { negated: true } : {}) };
  }
  if (op !== '=' && op !== '<>' && !isNumericType(field.type) && !isTimeType(field.type) && field.type !== 'text') {
    return unsupported(walk, path, `"${field.key}" (${field.type}) has no order: use == or !=.`);
  }
  const value = operand(right, siteOf(walk, field, path));
  if (value.kind !== 'values') return undefined;
  return { kind: 'compare', op, left: fieldExpr(field), right: value.values[0] as PlanExpr };
}

function compare(walk: Walk, symbol: string, args: readonly JsonValue[], path: string): Out {
  const op = COMPARE[symbol] as CompareOp;
  if (args.length === 3 && (op === '<' || op === '<=')) {
    // JSONLogic's between: { "<": [low, { "var": f }, high] }
    const field = fieldOf(walk, args[1], pointer(path, 1));
    if (!field) return undefined;
    const low = compareOne(walk, FLIPPED[op], field, args[0], pointer(path, 0));
    const high = compareOne(walk, op, field, args[2], pointer(path, 2));
    return andAll([low, high]);
  }
  if (args.length !== 2) return unsupported(walk, path, `"${symbol}" takes two operands (or three for a range).`);
  const varSide = varName(args[0]) !== undefined ? 0 : varName(args[1]) !== undefined ? 1 : -1;
  if (varSide < 0) return unsupported(walk, path, `"${symbol}" compares a { "var": field } with a value.`);
  const field = fieldOf(walk, args[varSide], pointer(path, varSide));
  if (!field) return undefined;
  const other = varSide === 0 ? 1 : 0;
  return compareOne(walk, varSide === 0 ? op : FLIPPED[op], field, args[other], pointer(path, other));
}

function inList(walk: Walk, args: readonly JsonValue[], path: string): Out {
  if (args.length !== 2) return unsupported(walk, path, '"in" takes { "var": field } and a list.');
  const field = fieldOf(walk, args[0], pointer(path, 0));
  if (!field) return undefined;
  const list = args[1];
  if (!Array.isArray(list) && paramName(list) === undefined) {
    return unsupported(walk, pointer(path, 1), 'Expected a list or a list parameter.');
  }
  const values = operand(list, siteOf(walk, field, pointer(path, 1), true));
  if (values.kind !== 'values') return undefined;
  if (values.values.length === 0) return { kind: 'false' };
  return { kind: 'in', expr: fieldExpr(field), values: values.values };
}

function nullCheck(walk: Walk, negated: boolean, args: readonly JsonValue[], path: string): Out {
  if (args.length !== 1) return unsupported(walk, path, 'Expected one { "var": field }.');
  const field = fieldOf(walk, args[0], path);
  if (!field) return undefined;
  return { kind: 'isNull', expr: fieldExpr(field), ...(negated ? { negated: true } : {}) };
}

function contains(walk: Walk, args: readonly JsonValue[], path: string): Out {
  if (args.length !== 2) return unsupported(walk, path, '"contains" takes { "var": field } and a text.');
  const field = fieldOf(walk, args[0], pointer(path, 0));
  if (!field) return undefined;
  if (field.type !== 'text') return unsupported(walk, pointer(path, 0), `"${field.key}" is not text.`);
  const value = operand(args[1], siteOf(walk, field, pointer(path, 1)));
  return value.kind === 'values'
    ? { kind: 'contains', expr: fieldExpr(field), value: value.values[0] as PlanExpr }
    : undefined;
}

const COUNT_FIELD: DatasetField = { key: 'count', label: 'count', type: 'integer', column: 'x.x', role: 'attribute' };

function relative(walk: Walk, kind: RelativeKind, args: readonly JsonValue[], path: string): Out {
  const arity = kind === 'inLast' ? 3 : 2;
  if (args.length !== arity) {
    const shape = kind === 'inLast' ? '[{ "var": field }, n, unit]' : '[{ "var": field }, unit]';
    return unsupported(walk, path, `"${kind}" takes ${shape}.`);
  }
  const field = fieldOf(walk, args[0], pointer(path, 0));
  const unit = args[arity - 1];
  if (!TIME_BUCKETS.includes(unit as TimeBucket)) {
    return unsupported(walk, pointer(path, arity - 1), `The unit must be one of ${TIME_BUCKETS.join(', ')}.`);
  }
  if (!field) return undefined;
  if (!isTimeType(field.type)) {
    walk.problems.push(
      reportProblem('NOT_A_TIME_FIELD', pointer(path, 0), `"${field.key}" is not a date or date-time.`),
    );
    return undefined;
  }
  let count = 1;
  if (kind === 'inLast') {
    const n = operand(args[1], siteOf(walk, COUNT_FIELD, pointer(path, 1)));
    if (n.kind !== 'values') return undefined;
    const value = (n.values[0] as { value: unknown }).value;
    count = typeof value === 'number' ? value : 1;
    if (count < 1 || count > 3660) {
      // Out of range from a viewer's parameter: a problem of the parameter, not of the definition.
      const key = paramName(args[1]);
      if (key === undefined) return unsupported(walk, pointer(path, 1), 'n must be from 1 to 3660.');
      walk.problems.push(reportProblem('INVALID_PARAMETER', `params.${key}`, `"${key}" must be from 1 to 3660.`));
      return undefined;
    }
  }
  const range = relativeRange(kind, unit as TimeBucket, count, walk.ctx.now, walk.ctx.index.zone);
  return rangePredicate(field, range);
}

function logical(walk: Walk, op: 'and' | 'or', args: readonly JsonValue[], path: string): Out {
  if (args.length === 0) return unsupported(walk, path, `"${op}" needs at least one operand.`);
  const items = args.map((a, i) => node(walk, a, pointer(path, i)));
  if (op === 'and') return andAll(items);
  // An OR with a widened part admits every row.
  if (items.some((i) => i === undefined)) return undefined;
  return items.length === 1 ? items[0] : { kind: 'or', items: items as PlanPredicate[] };
}

function node(walk: Walk, rule: JsonValue, path: string): Out {
  if (typeof rule === 'boolean') return { kind: rule ? 'true' : 'false' };
  if (!isRecord(rule) || Object.keys(rule).length !== 1) return unsupported(walk, path, 'Expected one operation.');
  const [symbol, raw] = Object.entries(rule)[0] as [string, JsonValue];
  const args = Array.isArray(raw) ? raw : [raw];
  const at = pointer(path, symbol);
  switch (symbol) {
    case 'and':
    case 'or':
      return logical(walk, symbol, args, at);
    case '!': {
      if (args.length !== 1) return unsupported(walk, at, '"!" takes one operand.');
      const item = node(walk, args[0] as JsonValue, Array.isArray(raw) ? pointer(at, 0) : at);
      return item === undefined ? undefined : { kind: 'not', item };
    }
    case 'in':
      return inList(walk, args, at);
    case 'isNull':
    case 'notNull':
      return nullCheck(walk, symbol === 'notNull', args, Array.isArray(raw) ? pointer(at, 0) : at);
    case 'contains':
      return contains(walk, args, at);
    case 'inLast':
    case 'inThis':
    case 'inPrevious':
      return relative(walk, symbol, args, at);
    default:
      if (Object.hasOwn(COMPARE, symbol)) return compare(walk, symbol, args, at);
      return unsupported(walk, at, `"${symbol}" is not in the report filter language.`);
  }
}

/**
 * Compiles a report or measure filter (a JSONLogic subset, see docs/definitions/reports.md) to a plan predicate.
 * Identifiers come only from dataset fields; every value becomes a `value` node. A comparison whose parameter has no
 * value is left out (optional filters widen). Returns problems instead of throwing.
 */
export function compileFilter(rule: JsonValue | undefined, path: string, ctx: FilterContext): CompiledFilter {
  if (rule === undefined) return { problems: [] };
  const walk: Walk = { ctx, problems: [] };
  const predicate = node(walk, rule, path);
  return walk.problems.length > 0 ? { problems: walk.problems } : { predicate, problems: [] };
}
