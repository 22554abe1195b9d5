import { DEFAULT_TIME_ZONE, evaluate, isTruthy, type JsonValue, type RuleEnv } from '@anxin/rules';
import { dayOf } from '../dates/calendar.util';
import type { FormContext } from '../model/form-context.type';
import type { LocalizedMessage } from '../model/localized-text';
import type { FormPlan, PlanLayout } from '../plan/form-plan.type';
import type { Issue } from '../problems/issue.type';
import { toSubmissionProblem } from '../problems/submission-messages';
import type { SubmissionProblem } from '../problems/submission-problem.type';

/** Where a rule runs or a problem is: a data path and the subject of messages. */
export interface Where {
  readonly path: string;
  readonly subject: LocalizedMessage;
}

/** Visibility of a section or divider, and whether permissions hide it from this user. */
export interface LayoutState {
  readonly visible: boolean;
  readonly withheld: boolean;
}

/**
 * One evaluation: the form, the context, and the data rules read. `scope` is one object reused for every rule
 * of the evaluation (field values by key, `$user`, `$context`, and `$row`, `$index`, `$value`, `$option` while
 * a row, a check or an option filter is evaluated).
 */
export interface Run {
  readonly plan: FormPlan;
  readonly context: FormContext;
  readonly env: RuleEnv;
  readonly timeZone: string;
  /** Today in the time zone (yyyy-MM-dd) when there is a clock; read once, on first use. */
  readonly today: () => string | undefined;
  readonly scope: Record<string, unknown>;
  readonly problems: SubmissionProblem[];
  readonly layout: Map<PlanLayout, LayoutState>;
}

function todayOf(context: FormContext, timeZone: string): string | undefined {
  if (context.now === undefined) return undefined;
  const now = context.now();
  return dayOf(timeZone, typeof now === 'number' ? now : now.getTime()) ?? undefined;
}

export function createRun(plan: FormPlan, context: FormContext): Run {
  const timeZone = context.timeZone ?? DEFAULT_TIME_ZONE;
  const env: RuleEnv = {
    timeZone,
    ...(context.now === undefined ? {} : { now: context.now }),
    ...(context.limits === undefined ? {} : { limits: context.limits }),
  };
  const scope: Record<string, unknown> = {
    $user: context.user ?? null,
    $context: context.variables ?? null,
    $row: null,
    $index: null,
    $value: null,
    $option: null,
  };
  let today: { value: string | undefined } | undefined;
  const todayOnce = (): string | undefined => (today ??= { value: todayOf(context, timeZone) }).value;
  return { plan, context, env, timeZone, today: todayOnce, scope, problems: [], layout: new Map() };
}

/** Reports an issue at a place. */
export function report(run: Run, found: Issue, where: Where): void {
  run.problems.push(toSubmissionProblem(found, where.path, where.subject));
}

export type RuleOutcome = { readonly ok: true; readonly value: JsonValue } | { readonly ok: false };

/**
 * Runs one rule of the form on the scope. A failure (a limit, a missing clock) is reported as `RULE_FAILED` at
 * the field, so a submission whose rules cannot run is never accepted.
 */
export function runRule(run: Run, rule: unknown, where: Where, purpose: string): RuleOutcome {
  const result = evaluate(rule, run.scope, run.env);
  if (result.ok) return result;
  const first = result.problems[0];
  const detail = first === undefined ? 'unknown' : `${first.code}: ${first.message}`;
  report(run, { code: 'RULE_FAILED', params: { rule: purpose, detail } }, where);
  return { ok: false };
}

/** A condition by JSONLogic truthiness; `fallback` when the rule is absent or fails. */
export function condition(run: Run, rule: unknown, where: Where, purpose: string, fallback: boolean): boolean {
  if (rule === undefined) return fallback;
  const outcome = runRule(run, rule, where, purpose);
  return outcome.ok ? isTruthy(outcome.value) : fallback;
}

const FORM_SUBJECT: LocalizedMessage = { 'zh-CN': '表单', en: 'The form' };

/** Whether a section (and the sections around it) is shown, and whether permissions withhold it. */
export function layoutState(run: Run, layout: PlanLayout | undefined): LayoutState {
  if (layout === undefined) return { visible: true, withheld: false };
  const known = run.layout.get(layout);
  if (known !== undefined) return known;
  const parent = layoutState(run, layout.section);
  const withheld = parent.withheld || layout.def.permission === 'hidden';
  const where = { path: '', subject: FORM_SUBJECT };
  const visible =
    !withheld && parent.visible && condition(run, layout.def.visibleIf, where, `${layout.key}.visibleIf`, true);
  const state = { visible, withheld };
  run.layout.set(layout, state);
  return state;
}
