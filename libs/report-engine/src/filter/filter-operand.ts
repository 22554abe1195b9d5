import type { JsonValue } from '@anxin/rules';
import { isNumericType } from '../dataset/dataset-index';
import type { DatasetField, FieldType } from '../model/dataset.type';
import type { PlanExpr } from '../model/query-plan.type';
import type { ReportProblem } from '../model/report-problem.type';
import type { ReportParameter } from '../model/report.type';
import { coerceValue } from '../params/coerce-value';
import { elementType, isListParameter, type ParamValue } from '../params/resolve-params';
import { pointer, reportProblem } from '../problems/report-problem.util';
import { isRecord } from '../shape/shape.util';
import { valueNode, type FilterContext } from './filter-context';

/** What an operand turned into: value nodes, nothing (a parameter without value: the comparison widens), or an error. */
export type Operand =
  | { readonly kind: 'values'; readonly values: readonly PlanExpr[] }
  | { readonly kind: 'absent' }
  | { readonly kind: 'invalid' };

const INVALID: Operand = { kind: 'invalid' };

/** `{ "var": "field" }` → the field key, else undefined. */
export function varName(rule: JsonValue | undefined): string | undefined {
  if (!isRecord(rule) || Object.keys(rule).length !== 1) return undefined;
  const name = rule.var;
  return typeof name === 'string' ? name : undefined;
}

export function paramName(rule: JsonValue | undefined): string | undefined {
  if (!isRecord(rule) || Object.keys(rule).length !== 1) return undefined;
  const name = rule.param;
  return typeof name === 'string' ? name : undefined;
}

/** Whether values of a parameter type may stand where a field's values go. */
function compatible(parameterType: FieldType, fieldType: FieldType): boolean {
  if (parameterType === fieldType) return true;
  if (isNumericType(parameterType) && isNumericType(fieldType)) return true;
  return parameterType === 'date' && fieldType === 'datetime';
}

function scalarsOf(value: ParamValue): readonly (string | number | boolean)[] {
  return typeof value === 'object' ? value : [value];
}

/** Where an operand stands: the field it is compared with, its path, whether a list may stand there. */
export interface OperandSite {
  readonly field: DatasetField;
  readonly path: string;
  readonly ctx: FilterContext;
  readonly list: boolean;
  readonly out: ReportProblem[];
}

function literal(rule: JsonValue, { field, path, ctx, out }: OperandSite): Operand {
  const coerced = coerceValue(rule, field.type, ctx.index.zone);
  if (coerced.ok) return { kind: 'values', values: [valueNode(coerced.value, field.type)] };
  out.push(
    reportProblem(
      'INVALID_VALUE',
      path,
      `"${field.key}" is compared with ${JSON.stringify(rule)}: must be ${coerced.why}.`,
    ),
  );
  return INVALID;
}

function parameterOf(key: string, path: string, ctx: FilterContext, out: ReportProblem[]): ReportParameter | undefined {
  const parameter = ctx.parameters.find((p) => p.key === key);
  if (!parameter) out.push(reportProblem('UNKNOWN_PARAMETER', path, `No parameter "${key}" is declared.`));
  return parameter;
}

function fromParameter(parameter: ReportParameter, { field, path, ctx, list, out }: OperandSite): Operand {
  const type = elementType(parameter.type);
  if (!compatible(type, field.type) || (isListParameter(parameter.type) && !list)) {
    out.push(
      reportProblem(
        'PARAMETER_TYPE_MISMATCH',
        path,
        `Parameter "${parameter.key}" (${parameter.type}) cannot stand for "${field.key}" (${field.type}) here.`,
      ),
    );
    return INVALID;
  }
  if (ctx.params === undefined) return { kind: 'values', values: [valueNode(null, field.type)] };
  const value = ctx.params.get(parameter.key);
  if (value === undefined) return { kind: 'absent' };
  // Values were coerced to the parameter's type: a date parameter against a datetime field becomes local midnight;
  // a number that is not whole stays a number against an integer field (rating >= 3.5).
  const values = scalarsOf(value).map((v) => {
    const coerced = type === field.type ? { ok: true as const, value: v } : coerceValue(v, field.type, ctx.index.zone);
    return coerced.ok ? valueNode(coerced.value, field.type) : valueNode(v, type);
  });
  return { kind: 'values', values };
}

/**
 * A value operand for `field`: a literal (coerced by the field's type) or `{ "param": key }`. With `list`, an array
 * of those or a list parameter is accepted too (for `in`).
 */
export function operand(rule: JsonValue | undefined, site: OperandSite): Operand {
  const { path, ctx, out } = site;
  if (rule === undefined || (isRecord(rule) && paramName(rule) === undefined)) {
    out.push(reportProblem('UNSUPPORTED_FILTER', path, 'Expected a value or { "param": key }.'));
    return INVALID;
  }
  const key = paramName(rule);
  if (key !== undefined) {
    const parameter = parameterOf(key, pointer(path, 'param'), ctx, out);
    return parameter ? fromParameter(parameter, site) : INVALID;
  }
  if (!Array.isArray(rule)) return literal(rule, site);
  if (!site.list) {
    out.push(reportProblem('UNSUPPORTED_FILTER', path, 'A list is only allowed in "in".'));
    return INVALID;
  }
  const values: PlanExpr[] = [];
  let invalid = false;
  let absent = rule.length > 0;
  rule.forEach((item, i) => {
    const one = operand(item, { ...site, path: pointer(path, i), list: false });
    if (one.kind === 'values') {
      values.push(...one.values);
      absent = false;
    } else if (one.kind === 'invalid') invalid = true;
  });
  if (invalid) return INVALID;
  return absent ? { kind: 'absent' } : { kind: 'values', values };
}
