import { Injectable } from '@nestjs/common';
import {
  planReport,
  type Dataset,
  shapeResult,
  type PlannedReport,
  type ReportDefinition,
  type ReportLocale,
  type ReportParams,
  type ReportRow,
  type ReportProblem,
  type ShapedReport,
} from '@anxin/report-engine';
import { textIn } from '@anxin/form-engine';
import { ActorContext } from '../../common/context/actor-context.service';
import { FormLoader } from '../workflow/forms/form-loader.service';
import { ReportDefinitions } from './report-definitions.service';
import { ReportDatabase } from './report-database.service';
import { ReportRunner } from './report-runner.service';
import { readyRollupsOf } from './rollup-signature.util';
import { narrowToProject, reportScopeOf } from './report-scope.util';
import { ReportErrors } from './report.errors';

/** A run shaped in Chinese and in English (the same rows). */
export interface BilingualReport {
  readonly zh: ShapedReport;
  readonly en: ShapedReport;
}

interface FetchedReport {
  readonly planned: PlannedReport;
  readonly rows: ReportRow[];
  readonly total: number;
}

/** Fewer rows than the actor sees: only one project's. */
export interface ScopeNarrowing {
  readonly project?: string;
}

interface RollupStateRow {
  dataset_key: string;
  rollup_key: string;
  signature: string;
}

/** Problems about the viewer's input (`params.<key>`, `cell.<key>`, `page`) as opposed to the definition's own. */
const isViewerProblem = (p: ReportProblem) => /^(params|cell|page)\b/.test(p.path);

/**
 * Runs one report for the current actor: plan (parameters validated, scope applied), the rows and the total in
 * read-only transactions of his tenant, shaped with dictionary labels. Bad parameters → VALIDATION_FAILED with the
 * problems; a report that no longer fits its dataset → CONFLICT (`report.definitionBroken`).
 */
@Injectable()
export class ReportExecution {
  constructor(
    private readonly actors: ActorContext,
    private readonly definitions: ReportDefinitions,
    private readonly runner: ReportRunner,
    private readonly forms: FormLoader,
    private readonly db: ReportDatabase,
  ) {}

  /** `narrow.project` keeps only that project's rows of what the actor sees (a scheduled run per project). */
  async run(report: ReportDefinition, params: ReportParams, narrow: ScopeNarrowing = {}): Promise<ShapedReport> {
    const fetched = await this.fetch(report, params, narrow);
    return this.shape(fetched, 'zh-CN');
  }

  /** The same run shaped in both languages (labels, dictionary labels), for the viewer to pick his. */
  async runBilingual(report: ReportDefinition, params: ReportParams, narrow: ScopeNarrowing = {}): Promise<BilingualReport> {
    const fetched = await this.fetch(report, params, narrow);
    const [zh, en] = await Promise.all([this.shape(fetched, 'zh-CN'), this.shape(fetched, 'en')]);
    return { zh, en };
  }

  private async fetch(report: ReportDefinition, params: ReportParams, narrow: ScopeNarrowing): Promise<FetchedReport> {
    const actor = this.actors.require();
    const scope = narrow.project === undefined ? reportScopeOf(actor) : narrowToProject(reportScopeOf(actor), narrow.project);
    const dataset = await this.definitions.datasetOf(report);
    const env = { now: new Date(), rowCap: this.runner.rowCap, readyRollups: await this.readyRollups(dataset, actor.tenantId) };
    const result = planReport(report, dataset, params, scope, env);
    if (!result.ok) throw problemsError(report.key, result.problems);
    const { planned } = result;
    const rows = await this.runner.run(planned.plan, actor.tenantId);
    // Only a result its limit (top N or the cap) may have cut needs counting.
    const cut = planned.plan.limit !== undefined && rows.length >= Math.min(planned.plan.limit, this.runner.rowCap + 1);
    const total = cut ? await this.runner.count(planned.countPlan, actor.tenantId) : rows.length;
    return { planned, rows, total };
  }

  private async shape({ planned, rows, total }: FetchedReport, locale: ReportLocale): Promise<ShapedReport> {
    const dictionaries = await this.forms.allDictionaries();
    const labels = {
      dictionaryLabel: (dictionary: string, code: string) => {
        const item = dictionaries[dictionary]?.items.find((i) => String(i.value) === code);
        return item ? textIn(item.label, locale) : undefined;
      },
    };
    return shapeResult(planned, rows, { labels, locale, total });
  }

  /** The dataset's rollups the tenant has built for its current definition. */
  private async readyRollups(dataset: Dataset, tenantId: string): Promise<string[]> {
    if ((dataset.rollups ?? []).length === 0) return [];
    const states = await this.db.readOnly<RollupStateRow>(tenantId, { sql: ROLLUP_STATES_SQL, bindings: [dataset.key] });
    return readyRollupsOf(dataset, states);
  }
}

/** Rollup states are read only for datasets that declare rollups. */
const ROLLUP_STATES_SQL = `select dataset_key, rollup_key, signature from report_rollup_state where dataset_key = $1`;

/** Viewer input problems → VALIDATION_FAILED; any other problem is the definition's → CONFLICT. */
export function problemsError(key: string, problems: readonly ReportProblem[]): Error {
  const errors = problems.filter((p) => p.severity === 'error');
  const viewer = errors.filter(isViewerProblem);
  if (viewer.length > 0 && viewer.length === errors.length) {
    const first = viewer[0]!.path.split('.')[0] as 'params' | 'cell' | 'page';
    const path = viewer.every((p) => p.path.startsWith(first)) ? first : 'params';
    return ReportErrors.invalidInput(path, viewer);
  }
  return ReportErrors.definitionBroken(key, errors);
}
