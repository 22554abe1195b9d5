import type { DefinitionKind } from '@anxin/persistence';
import { checkDictionary, checkForm } from '@anxin/form-engine';
import { parseProcess, type ModelProblem } from '@anxin/process-engine';
import { checkAssignmentStrategy, checkCalendar, checkTable } from '@anxin/rules';
import {
  checkDashboardIn,
  checkDatasetIn,
  checkReportIn,
  type ReportDefinitionContext,
} from './report-definition-checks';

/** One finding about a definition's content; `path` is a JSON Pointer for JSON kinds, an attribute for BPMN. */
export interface DefinitionProblem {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly elementId?: string;
}

export interface DefinitionToCheck {
  readonly kind: DefinitionKind;
  /** The key it is (to be) deployed under: the content's own key (a BPMN process id) must be the same. */
  readonly key: string;
  readonly content: string;
  /** Keys of the deployed dictionaries: a form field naming another one is reported. */
  readonly dictionaries: readonly string[];
  /** For datasets, reports and dashboards: what else is deployed (without it they are only checked for a key). */
  readonly reports?: ReportDefinitionContext;
}

type JsonCheck = (value: unknown, input: DefinitionToCheck) => readonly DefinitionProblem[];

const error = (code: string, path: string, message: string): DefinitionProblem => ({
  code,
  path,
  message,
  severity: 'error',
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The content's `key`, when it has one, must be the key it is deployed under. */
function keyMismatch(value: unknown, key: string): DefinitionProblem[] {
  if (!isObject(value) || typeof value.key !== 'string' || value.key === key) return [];
  return [error('key.mismatch', '/key', `The content's key "${value.key}" is not the key "${key}" it is deployed as.`)];
}

/** A report kind without its context (never the case in the registry): a JSON object with the right key. */
function objectWithKey(value: unknown, key: string): DefinitionProblem[] {
  if (!isObject(value)) return [error('json.notObject', '', 'The definition must be a JSON object.')];
  if (value.key === undefined) return [error('key.missing', '/key', `"key" is required (here "${key}").`)];
  return typeof value.key === 'string' ? [] : [error('key.invalid', '/key', `"key" must be the text "${key}".`)];
}

/** The checker of each JSON kind; the compiler insists every kind but `process` has one. */
const JSON_CHECKS: Readonly<Record<Exclude<DefinitionKind, 'process'>, JsonCheck>> = {
  form: (value, input) => checkForm(value, { dictionaries: input.dictionaries }),
  dictionary: (value) => checkDictionary(value),
  decision: (value) => checkTable(value),
  assignment: (value) => checkAssignmentStrategy(value),
  calendar: (value) => checkCalendar(value),
  report: (value, input) => (input.reports ? checkReportIn(value, input.reports) : objectWithKey(value, input.key)),
  dashboard: (value, input) =>
    input.reports ? checkDashboardIn(value, input.reports) : objectWithKey(value, input.key),
  dataset: (value, input) => (input.reports ? checkDatasetIn(value, input.reports) : objectWithKey(value, input.key)),
};

function fromModel(p: ModelProblem): DefinitionProblem {
  return {
    code: p.code,
    path: p.path,
    message: p.message,
    severity: p.severity,
    ...(p.elementId ? { elementId: p.elementId } : {}),
  };
}

async function checkProcess(input: DefinitionToCheck): Promise<DefinitionProblem[]> {
  // Parsed exactly as the runtime will parse it (no processKey), so what validates also runs.
  const { model, problems } = await parseProcess(input.content);
  const found = problems.map(fromModel);
  if (model && model.key !== input.key) {
    const message = `The process id "${model.key}" is not the key "${input.key}" it is deployed as.`;
    found.push({ ...error('key.mismatch', 'id', message), elementId: model.key });
  }
  return found;
}

function checkJson(input: DefinitionToCheck, check: JsonCheck): DefinitionProblem[] {
  let value: unknown;
  try {
    value = JSON.parse(input.content);
  } catch (cause) {
    return [error('json.malformed', '', `Not JSON: ${(cause as Error).message}`)];
  }
  const problems = check(value, input).map((p) => ({
    code: p.code,
    path: p.path,
    message: p.message,
    severity: p.severity,
  }));
  return [...problems, ...keyMismatch(value, input.key)];
}

/**
 * The problems of a definition's content, by kind; never throws. Anything a checker throws (a document nested so
 * deeply that a checker runs out of stack, or a checker's bug) is reported as one `content.unreadable` problem, the
 * way `parseProcess` reports its own reader's faults.
 */
export async function checkDefinition(input: DefinitionToCheck): Promise<DefinitionProblem[]> {
  try {
    return input.kind === 'process' ? await checkProcess(input) : checkJson(input, JSON_CHECKS[input.kind]);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return [error('content.unreadable', '', `The definition could not be checked (${detail}).`)];
  }
}
