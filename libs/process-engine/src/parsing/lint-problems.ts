import type { ModelProblem } from '../model/model-problem.type';
import { LINT_SUPERSEDED_BY } from './lint-config';
import type { LintFinding } from './lint-definitions';
import { modelProblem } from './model-problem.util';

export interface LintProblemsInput {
  readonly findings: readonly LintFinding[];
  /** Our own problems: a lint finding they already cover is dropped. */
  readonly problems: readonly ModelProblem[];
  /** Ids inside processes other than the one read (pools of a collaboration): not ours to report. */
  readonly foreignIds: ReadonlySet<string>;
}

function isSuperseded(finding: LintFinding, problems: readonly ModelProblem[]): boolean {
  const codes = LINT_SUPERSEDED_BY[finding.rule];
  if (codes === undefined || finding.elementId === undefined) return false;
  return problems.some((p) => p.elementId === finding.elementId && codes.includes(p.code));
}

/** bpmnlint findings as `lint.<rule>` problems, without those about other processes or covered by our checks. */
export function lintProblems({ findings, problems, foreignIds }: LintProblemsInput): ModelProblem[] {
  return findings
    .filter((f) => f.elementId === undefined || !foreignIds.has(f.elementId))
    .filter((f) => !isSuperseded(f, problems))
    .map((f) =>
      modelProblem({
        code: `lint.${f.rule}`,
        elementId: f.elementId,
        path: '',
        message: f.message,
        severity: f.severity,
      }),
    );
}
