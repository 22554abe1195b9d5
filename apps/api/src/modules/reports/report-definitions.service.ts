import { Injectable } from '@nestjs/common';
import type { DefinitionKind } from '@anxin/persistence';
import {
  checkReport,
  type DashboardDefinition,
  type Dataset,
  type ReportDefinition,
  type ReportProblem,
} from '@anxin/report-engine';
import { DefinitionRegistry } from '../../engine-runtime/definition-registry.service';
import { RuntimeError } from '../../engine-runtime/runtime-error';
import { ReportErrors } from './report.errors';

type ReportKind = Extract<DefinitionKind, 'report' | 'dashboard' | 'dataset'>;

/** A deployed definition's parsed content with its version. */
export interface Deployed<T> {
  readonly id: string;
  readonly version: number;
  readonly content: T;
}

// Versions are immutable: a parsed version never goes stale, nor does a report's fit to a dataset version.
const parsed = new Map<string, unknown>();
const fits = new WeakMap<ReportDefinition, WeakMap<Dataset, ReportProblem[]>>();

/** The errors of checking `report` against `dataset`, computed once per pair of parsed versions. */
function fitOf(report: ReportDefinition, dataset: Dataset): ReportProblem[] {
  let byDataset = fits.get(report);
  if (!byDataset) fits.set(report, (byDataset = new WeakMap()));
  let problems = byDataset.get(dataset);
  if (!problems) {
    problems = checkReport(report, dataset).filter((p) => p.severity === 'error');
    byDataset.set(dataset, problems);
  }
  return problems;
}

/** The latest deployed reports, dashboards and datasets, parsed once per version. */
@Injectable()
export class ReportDefinitions {
  constructor(private readonly registry: DefinitionRegistry) {}

  report(key: string): Promise<Deployed<ReportDefinition>> {
    return this.latest<ReportDefinition>('report', key);
  }

  dashboard(key: string): Promise<Deployed<DashboardDefinition>> {
    return this.latest<DashboardDefinition>('dashboard', key);
  }

  /**
   * The dataset a report names, which the report must still fit: a dataset deployed after the report may have
   * dropped a field it uses. Its absence or a misfit is the report's fault (CONFLICT, with the problems).
   */
  async datasetOf(report: ReportDefinition): Promise<Dataset> {
    let dataset: Dataset;
    try {
      dataset = (await this.latest<Dataset>('dataset', report.dataset)).content;
    } catch (error) {
      if (!(error instanceof RuntimeError)) throw error;
      const problem = { path: '/dataset', code: 'UNKNOWN_DATASET', message: `No dataset "${report.dataset}".` };
      throw ReportErrors.definitionBroken(report.key, [problem]);
    }
    const problems = fitOf(report, dataset);
    if (problems.length > 0) throw ReportErrors.definitionBroken(report.key, problems);
    return dataset;
  }

  /** Every latest version of a kind, parsed. */
  async all<T>(kind: ReportKind): Promise<Deployed<T>[]> {
    const versions = await this.registry.latestVersions(kind);
    return Promise.all(versions.map((v) => this.parsedVersion<T>(v.id, v.version)));
  }

  private async latest<T>(kind: ReportKind, key: string): Promise<Deployed<T>> {
    try {
      const found = await this.registry.findDefinition(kind, key);
      return this.remember<T>(found.id, found.version, found.content);
    } catch (error) {
      if (error instanceof RuntimeError && error.category === 'not-found' && kind !== 'dataset')
        throw ReportErrors.notFound(kind, key);
      throw error;
    }
  }

  private async parsedVersion<T>(id: string, version: number): Promise<Deployed<T>> {
    if (parsed.has(id)) return { id, version, content: parsed.get(id) as T };
    return this.remember<T>(id, version, await this.registry.contentOf(id));
  }

  private remember<T>(id: string, version: number, content: string): Deployed<T> {
    if (!parsed.has(id)) parsed.set(id, JSON.parse(content) as unknown);
    return { id, version, content: parsed.get(id) as T };
  }
}
