import { parseSerialPattern } from '../china/serial-pattern';
import { wholeValuePattern } from '../field-types/text.kinds';
import type { FormDefinition } from '../model/form-definition.type';
import type { FormPlan } from '../plan/form-plan.type';
import { formProblem, pointer, type FormProblem } from '../problems/form-problem.type';
import { checkDefaultLiteral } from './check-default-literal';
import { checkOptions } from './check-options';
import { checkRanges } from './check-ranges';
import type { LocatedField } from './located-field.type';
import { unsafePatternReason } from './pattern-safety';

/** Options for `checkForm`. */
export interface CheckFormOptions {
  /** Keys of the dictionaries that exist; when given, a field naming another one is reported. */
  readonly dictionaries?: readonly string[];
}

function duplicateKeys(located: readonly LocatedField[], plan: FormPlan): FormProblem[] {
  const seen = new Map<string, string>();
  const problems: FormProblem[] = [];
  const claim = (scope: string, key: string, path: string): void => {
    const id = `${scope}\u0000${key}`;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path);
    else problems.push(formProblem('DUPLICATE_KEY', pointer(path, 'key'), `Key "${key}" is already used at ${first}.`));
  };
  located.forEach((l) => claim(l.subForm?.path ?? '', l.field.key, l.path));
  plan.aggregates.forEach((a) => claim('', a.key, a.pointer));
  return problems;
}

function checkPatterns(l: LocatedField): FormProblem[] {
  const field = l.field as { pattern?: unknown; type: string };
  if (typeof field.pattern !== 'string') return [];
  const at = pointer(l.path, 'pattern');
  if (field.type === 'serial') {
    const parsed = parseSerialPattern(field.pattern);
    return parsed.ok ? [] : [formProblem('INVALID_SERIAL_PATTERN', at, `Invalid serial pattern: ${parsed.message}.`)];
  }
  if (wholeValuePattern(field.pattern) === null) {
    return [formProblem('INVALID_PATTERN', at, 'Not a valid regular expression (Unicode mode).')];
  }
  const unsafe = unsafePatternReason(field.pattern);
  return unsafe === null ? [] : [formProblem('UNSAFE_PATTERN', at, `Refused: ${unsafe} (catastrophic backtracking).`)];
}

function checkAggregates(plan: FormPlan): FormProblem[] {
  const numeric = new Set(['number', 'integer', 'money', 'rating']);
  return plan.aggregates.flatMap((a) => {
    const at = pointer(a.pointer, 'field');
    if (a.def.field === undefined) {
      return a.def.op === 'count'
        ? []
        : [formProblem('INVALID_AGGREGATE', a.pointer, `"${a.def.op}" needs a "field".`)];
    }
    if (a.column === undefined)
      return [formProblem('INVALID_AGGREGATE', at, `The sub-form has no column "${a.def.field}".`)];
    if (a.def.op === 'count' || numeric.has(a.column.kind.type)) return [];
    return [
      formProblem(
        'INVALID_AGGREGATE',
        at,
        `"${a.def.op}" needs a numeric column; "${a.def.field}" is ${a.column.kind.type}.`,
      ),
    ];
  });
}

function checkProcessVariables(form: FormDefinition, plan: FormPlan): FormProblem[] {
  const names = new Set<string>();
  return (form.processVariables ?? []).flatMap((mapping, i) => {
    const field = typeof mapping === 'string' ? mapping : mapping.field;
    const name = typeof mapping === 'string' ? mapping : mapping.name;
    const at = pointer('', 'processVariables', i);
    if (!plan.known.has(field)) return [formProblem('UNKNOWN_PROCESS_FIELD', at, `No field or aggregate "${field}".`)];
    if (names.has(name)) return [formProblem('DUPLICATE_PROCESS_VARIABLE', at, `Variable "${name}" is mapped twice.`)];
    names.add(name);
    return [];
  });
}

function checkSpans(form: FormDefinition, located: readonly LocatedField[]): FormProblem[] {
  return located.flatMap((l) => {
    const columns = l.section ? ((l.section.field as { columns?: number }).columns ?? 1) : (form.columns ?? 1);
    const span = l.field.span;
    if (span === undefined || l.place === 'sub-form' || span <= columns) return [];
    return [formProblem('LAYOUT_SPAN', pointer(l.path, 'span'), `Spans ${span} of ${columns} columns.`, 'warning')];
  });
}

function cycleProblems(plan: FormPlan): FormProblem[] {
  const top = plan.cycles.map((cycle) => ({ cycle, at: plan.byKey.get(cycle[0] ?? '')?.pointer ?? '' }));
  const rows = plan.fields.flatMap((f) =>
    (f.columns?.cycles ?? []).map((cycle) => ({ cycle, at: f.columns?.byKey.get(cycle[0] ?? '')?.pointer ?? '' })),
  );
  return [...top, ...rows].map(({ cycle, at }) =>
    formProblem(
      'DEPENDENCY_CYCLE',
      at,
      `The values of ${[...cycle, cycle[0]].map((k) => `"${k ?? ''}"`).join(' → ')} depend on each other (visibleIf, readOnlyIf, computed or default).`,
    ),
  );
}

/** What the shape cannot say: keys, options, ranges, patterns, defaults, aggregates, variables, layout, cycles. */
export function checkFormMeaning(
  form: FormDefinition,
  located: readonly LocatedField[],
  plan: FormPlan,
  options: CheckFormOptions,
): FormProblem[] {
  return [
    ...duplicateKeys(located, plan),
    ...located.flatMap((l) => [
      ...checkOptions(l, options.dictionaries),
      ...checkRanges(l),
      ...checkPatterns(l),
      ...checkDefaultLiteral(l),
    ]),
    ...checkAggregates(plan),
    ...checkProcessVariables(form, plan),
    ...checkSpans(form, located),
    ...cycleProblems(plan),
  ];
}
