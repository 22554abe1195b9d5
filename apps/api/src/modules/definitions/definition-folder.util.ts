import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DefinitionKind } from '@anxin/persistence';
import type { Dataset, ReportDefinition } from '@anxin/report-engine';
import { checkDefinition, type DefinitionProblem } from '../../engine-runtime/definition-checks';
import type { ReportDefinitionContext } from '../../engine-runtime/report-definition-checks';
import { offlineReportCatalog } from './offline-report-catalog.util';
import type { DefinitionRegistry } from '../../engine-runtime/definition-registry.service';
import { RuntimeError } from '../../engine-runtime/runtime-error';
import { fileNameFor, type DefinitionFile, type DefinitionFolder } from './definition-files.util';

/** What checking or deploying one file gave. */
export interface DefinitionFileReport {
  readonly file: string;
  readonly kind: DefinitionKind;
  readonly key: string;
  /** `invalid`: an error problem, nothing deployed; `failed`: the deploy itself failed (see `error`). */
  readonly outcome: 'valid' | 'invalid' | 'created' | 'unchanged' | 'failed';
  readonly version?: number;
  readonly problems: readonly DefinitionProblem[];
  readonly error?: string;
}

const hasErrors = (problems: readonly DefinitionProblem[]) => problems.some((p) => p.severity === 'error');

const fileReport = (file: DefinitionFile, rest: Omit<DefinitionFileReport, 'file' | 'kind' | 'key'>) => ({
  file: file.file,
  kind: file.kind,
  key: file.key,
  ...rest,
});

/**
 * The problems of every file of a definitions folder, with the checks `deployDefinition` runs
 * (`checkDefinition`); forms, datasets, reports and dashboards are checked against the folder's own dictionaries,
 * calendars, datasets and reports, datasets against the schema snapshot's catalog. No database.
 */
export async function validateDefinitionFolder(folder: DefinitionFolder): Promise<DefinitionFileReport[]> {
  const dictionaries = folder.files.filter((f) => f.kind === 'dictionary').map((f) => f.key);
  const context = folderReportContext(folder, dictionaries);
  const reports: DefinitionFileReport[] = [];
  for (const file of folder.files) {
    const problems = await checkDefinition({
      kind: file.kind,
      key: file.key,
      content: file.content,
      dictionaries,
      reports: context,
    });
    reports.push(fileReport(file, { outcome: hasErrors(problems) ? 'invalid' : 'valid', problems }));
  }
  return reports;
}

/** Datasets, reports and dashboards of a folder are checked against the folder's own definitions. */
function folderReportContext(folder: DefinitionFolder, dictionaries: readonly string[]): ReportDefinitionContext {
  const parsed = <T>(kind: DefinitionKind) =>
    Object.fromEntries(
      folder.files.filter((f) => f.kind === kind).map((f) => [f.key, parseOrUndefined(f.content) as T]),
    );
  const catalog = offlineReportCatalog();
  return {
    ...(catalog ? { catalog } : {}),
    calendars: folder.files.filter((f) => f.kind === 'calendar').map((f) => f.key),
    dictionaries,
    datasets: parsed<Dataset>('dataset'),
    reports: parsed<ReportDefinition>('report'),
  };
}

function parseOrUndefined(content: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Deploys every file of a folder, in its order (dictionaries before the forms that use them): identical content
 * is the existing version (`unchanged`), anything else a new one. A file that fails is reported and the others
 * still go; nothing throws for a bad file.
 */
export async function deployDefinitionFolder(
  registry: DefinitionRegistry,
  folder: DefinitionFolder,
  actor?: string,
): Promise<DefinitionFileReport[]> {
  const reports: DefinitionFileReport[] = [];
  for (const file of folder.files) {
    try {
      const result = await registry.deploy({
        kind: file.kind,
        key: file.key,
        content: file.content,
        ...(actor ? { actor } : {}),
      });
      const outcome = result.created ? 'created' : 'unchanged';
      reports.push(fileReport(file, { outcome, version: result.definition.version, problems: result.problems }));
    } catch (cause) {
      if (cause instanceof RuntimeError && cause.code === 'definition.invalid') {
        reports.push(fileReport(file, { outcome: 'invalid', problems: problemsOf(cause) }));
      } else {
        const error = cause instanceof Error ? cause.message : String(cause);
        reports.push(fileReport(file, { outcome: 'failed', problems: [], error }));
      }
    }
  }
  return reports;
}

function problemsOf(error: RuntimeError): DefinitionProblem[] {
  return Array.isArray(error.details) ? (error.details as DefinitionProblem[]) : [];
}

/** One line per problem, for logs and the command line: `forms/x.form.json: error UNDECLARED_VARIABLE at /a: …`. */
export function describeProblems(report: DefinitionFileReport): string[] {
  const lines = report.problems.map((p) => {
    const where = [p.elementId, p.path].filter(Boolean).join(' ');
    return `${report.file}: ${p.severity} ${p.code}${where ? ` at ${where}` : ''}: ${p.message}`;
  });
  return report.error ? [...lines, `${report.file}: ${report.error}`] : lines;
}

/** What exporting one deployed definition did to its file. */
export interface DefinitionExport {
  readonly file: string;
  readonly kind: DefinitionKind;
  readonly key: string;
  readonly version: number;
  readonly outcome: 'written' | 'unchanged';
}

/**
 * Writes the latest deployed version of every definition of `kinds` into the folder: over the file that holds it
 * (whatever its folder), else to the kind's folder (`fileNameFor`). A file whose content is the same is left alone.
 */
export async function exportDefinitionFolder(input: {
  registry: DefinitionRegistry;
  root: string;
  folder: DefinitionFolder;
  kinds: readonly DefinitionKind[];
}): Promise<DefinitionExport[]> {
  const exports: DefinitionExport[] = [];
  for (const kind of input.kinds) {
    for (const latest of await input.registry.latestVersions(kind)) {
      const existing = input.folder.files.find((f) => f.kind === kind && f.key === latest.key);
      const file = existing?.file ?? fileNameFor(kind, latest.key);
      const content = await input.registry.contentOf(latest.id);
      const outcome = existing?.content === content ? 'unchanged' : 'written';
      if (outcome === 'written') {
        await mkdir(path.dirname(path.join(input.root, file)), { recursive: true });
        await writeFile(path.join(input.root, file), content, 'utf8');
      }
      exports.push({ file, kind, key: latest.key, version: latest.version, outcome });
    }
  }
  return exports;
}
