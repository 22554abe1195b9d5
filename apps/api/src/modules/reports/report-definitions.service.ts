import { Injectable } from '@nestjs/common';
import type { DefinitionKind } from '@anxin/persistence';
import type { DashboardDefinition, Dataset, ReportDefinition } from '@anxin/report-engine';
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

// Versions are immutable: a parsed version never goes stale.
const parsed = new Map<string, unknown>();

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

  /** The dataset a report names; its absence is the report's fault (NOT_FOUND would hide that). */
  async datasetOf(report: ReportDefinition): Promise<Dataset> {
    try {
      return (await this.latest<Dataset>('dataset', report.dataset)).content;
    } catch (error) {
      if (!(error instanceof RuntimeError)) throw error;
      const problem = { path: '/dataset', code: 'UNKNOWN_DATASET', message: `No dataset "${report.dataset}".` };
      throw ReportErrors.definitionBroken(report.key, [problem]);
    }
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
