import type { RuleSeverity } from '@anxin/rules';
import Linter, { type LintReport } from 'bpmnlint/lib/linter';
import StaticResolver from 'bpmnlint/lib/resolver/static-resolver';
import { LINT_CONFIG } from './lint-config';
import { LINT_RESOLVER_CACHE } from './lint-rules';
import type { ModdleElement } from './moddle-element';

/** One bpmnlint report with the rule that made it. */
export interface LintFinding {
  readonly rule: string;
  readonly elementId?: string;
  readonly message: string;
  readonly severity: RuleSeverity;
}

const SEVERITIES: Readonly<Record<LintReport['category'], RuleSeverity>> = {
  error: 'error',
  warn: 'warning',
  info: 'info',
  'rule-error': 'warning',
};

function finding(rule: string, report: LintReport): LintFinding {
  const base = { rule, message: report.message, severity: SEVERITIES[report.category] ?? 'warning' };
  return report.id === undefined ? base : { ...base, elementId: report.id };
}

/** Runs bpmnlint's recommended rules (see {@link LINT_CONFIG}) over the document. Never rejects. */
export async function lintDefinitions(definitions: ModdleElement): Promise<LintFinding[]> {
  try {
    const linter = new Linter({ resolver: new StaticResolver(LINT_RESOLVER_CACHE) });
    const results = await linter.lint(definitions, LINT_CONFIG);
    return Object.entries(results).flatMap(([rule, reports]) => reports.map((report) => finding(rule, report)));
  } catch (error) {
    const message = `bpmnlint could not run: ${error instanceof Error ? error.message : String(error)}`;
    return [{ rule: 'unavailable', message, severity: 'warning' }];
  }
}
