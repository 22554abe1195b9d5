import type { JsonValue } from '@anxin/rules';
import type { FieldType } from '../model/dataset.type';
import type { ReportParams } from '../model/report-api.type';
import type { ReportProblem } from '../model/report-problem.type';
import type { ReportParameter } from '../model/report.type';
import { reportProblem } from '../problems/report-problem.util';
import { coerceValue } from './coerce-value';

/** A parameter's value after coercion: a scalar, or a list for `textList`/`idList`. */
export type ParamValue = string | number | boolean | readonly (string | number | boolean)[];

/** Coerced values of the parameters that have one (value or default); absent keys widen their filters. */
export type ResolvedParams = ReadonlyMap<string, ParamValue>;

/** The field type of a parameter's values (`textList` → text, `idList` → id). */
export function elementType(type: ReportParameter['type']): FieldType {
  if (type === 'textList') return 'text';
  return type === 'idList' ? 'id' : type;
}

export function isListParameter(type: ReportParameter['type']): boolean {
  return type === 'textList' || type === 'idList';
}

function isEmpty(value: JsonValue | undefined): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Coerces one parameter's value; problems name `params.<key>` (viewer input) or `at` when given. */
export function coerceParam(
  parameter: ReportParameter,
  value: JsonValue,
  zone: string,
  at = `params.${parameter.key}`,
): { value?: ParamValue; problems: ReportProblem[] } {
  const type = elementType(parameter.type);
  const items = isListParameter(parameter.type) ? value : [value];
  if (!Array.isArray(items)) {
    return { problems: [reportProblem('INVALID_PARAMETER', at, `"${parameter.key}" must be a list.`)] };
  }
  const coerced: (string | number | boolean)[] = [];
  for (const item of items) {
    const result = coerceValue(item, type, zone);
    if (!result.ok) {
      return { problems: [reportProblem('INVALID_PARAMETER', at, `"${parameter.key}" must be ${result.why}.`)] };
    }
    coerced.push(result.value);
  }
  return { value: isListParameter(parameter.type) ? coerced : coerced[0], problems: [] };
}

/**
 * Validates and coerces the viewer's parameter values (or the defaults). Empty values (null, "", []) count as
 * absent; a `required` parameter left absent is a problem; keys the report does not declare are ignored (a
 * dashboard may send its parameters to every widget).
 */
export function resolveParams(
  parameters: readonly ReportParameter[],
  params: ReportParams,
  zone: string,
): { values: ResolvedParams; problems: ReportProblem[] } {
  const values = new Map<string, ParamValue>();
  const problems: ReportProblem[] = [];
  for (const parameter of parameters) {
    const given = Object.hasOwn(params, parameter.key) ? params[parameter.key] : undefined;
    const value = isEmpty(given) ? parameter.default : given;
    if (value === undefined || isEmpty(value)) {
      if (parameter.required) {
        problems.push(
          reportProblem('REQUIRED_PARAMETER', `params.${parameter.key}`, `"${parameter.key}" is required.`),
        );
      }
      continue;
    }
    const result = coerceParam(parameter, value, zone);
    problems.push(...result.problems);
    if (result.value !== undefined) values.set(parameter.key, result.value);
  }
  return { values, problems };
}
