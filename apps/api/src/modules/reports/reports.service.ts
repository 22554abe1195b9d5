import { Injectable } from '@nestjs/common';
import { localize, type ReportDefinition, type ReportParams, type ShapedReport } from '@anxin/report-engine';
import { AppError } from '../../common/errors/app-error';
import { FilesService } from '../files/files.service';
import { ExportFormat, type ExportedFileObject } from './dtos/exported-file.object';
import type { ReportResultObject } from './dtos/report-result.object';
import type { ReportSummaryObject } from './dtos/report-summary.object';
import { ReportDefinitions } from './report-definitions.service';
import { type BilingualReport, ReportExecution } from './report-execution.service';
import { CSV_MIME, reportToCsv, reportToXlsx, XLSX_MIME } from './report-export.util';

/** Parameters arrive as any JSON: only an object (or nothing) is a set of parameters. */
export function paramsOf(value: unknown): ReportParams {
  if (value === undefined || value === null) return {};
  if (typeof value === 'object' && !Array.isArray(value)) return value as ReportParams;
  throw AppError.invalidInput('params', 'params must be a JSON object of parameter values');
}

/** The row key of a dimension's shown label in English, beside `<key>__label` (Chinese). */
const englishLabelKey = (labelKey: string) => `${labelKey}En`;

/**
 * A shaped result as GraphQL returns it: Chinese labels (as before) with the English ones beside them when `en`
 * (the same run shaped in English) is given: `labelEn` per column, `<key>__labelEn` per labelled dimension's row.
 */
export function resultObject(shaped: ShapedReport, en?: ShapedReport): ReportResultObject {
  const labelled = shaped.columns.filter((c) => c.labelKey !== undefined).map((c) => c.labelKey!);
  const rows = en
    ? shaped.rows.map((row, i) => ({
        ...row,
        ...Object.fromEntries(labelled.map((key) => [englishLabelKey(key), en.rows[i]?.[key] ?? null])),
      }))
    : shaped.rows;
  return {
    columns: shaped.columns.map((c, i) => ({
      ...c,
      labelEn: en?.columns[i]?.label ?? c.label,
      format: c.format ?? null,
      labelKey: c.labelKey ?? null,
      labelKeyEn: c.labelKey !== undefined && en ? englishLabelKey(c.labelKey) : null,
    })),
    rows: rows as ReportResultObject['rows'],
    total: shaped.total,
    truncated: shaped.truncated,
    fromRollup: shaped.fromRollup,
    chart: shaped.chart,
    pivot: (shaped.pivot ?? null) as ReportResultObject['pivot'],
  };
}

/** A bilingual run as GraphQL returns it. */
export const bilingualResultObject = ({ zh, en }: BilingualReport): ReportResultObject => resultObject(zh, en);

/** Reports for staff: the deployed list, a run in the caller's scope, and its export to a file. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly definitions: ReportDefinitions,
    private readonly execution: ReportExecution,
    private readonly files: FilesService,
  ) {}

  async list(): Promise<ReportSummaryObject[]> {
    const reports = await this.definitions.all<ReportDefinition>('report');
    return reports.map(({ version, content }) => ({
      key: content.key,
      version,
      name: localize(content.name, 'zh-CN'),
      nameEn: localize(content.name, 'en'),
      description: content.description ?? null,
      dataset: content.dataset,
      chart: content.chart.type,
      parameters: content.parameters ?? [],
    }));
  }

  async run(key: string, params: unknown): Promise<ReportResultObject> {
    const { content } = await this.definitions.report(key);
    return bilingualResultObject(await this.execution.runBilingual(content, paramsOf(params)));
  }

  /** The whole result (up to the row cap) as a file the caller downloads with `GET /files/:id`. */
  async export(key: string, params: unknown, format: ExportFormat): Promise<ExportedFileObject> {
    const { content } = await this.definitions.report(key);
    const shaped = await this.execution.run(content, paramsOf(params));
    const title = localize(content.name, 'zh-CN');
    const stored =
      format === ExportFormat.XLSX
        ? await this.files.storeGenerated({
            name: `${title}.xlsx`,
            mimeType: XLSX_MIME,
            content: await reportToXlsx(shaped, title),
          })
        : await this.files.storeGenerated({ name: `${title}.csv`, mimeType: CSV_MIME, content: reportToCsv(shaped) });
    return { fileId: stored.id, name: stored.name, rowCount: shaped.rows.length };
  }
}
