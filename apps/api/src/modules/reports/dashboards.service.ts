import { Injectable, Logger } from '@nestjs/common';
import { localize, type DashboardDefinition, type ReportParams } from '@anxin/report-engine';
import { classifyError } from '../../common/errors/error-mapping';
import type { DashboardObject, DashboardWidgetObject } from './dtos/dashboard.object';
import type { DashboardSummaryObject } from './dtos/report-summary.object';
import { ReportDefinitions } from './report-definitions.service';
import { ReportExecution, type ScopeNarrowing } from './report-execution.service';
import { bilingualResultObject, paramsOf } from './reports.service';

/**
 * Dashboards: each widget's report run for the caller with the dashboard's parameters (those its report has) and
 * the widget's fixed ones. A widget that fails carries its error; the others still show.
 */
@Injectable()
export class DashboardsService {
  private readonly logger = new Logger(DashboardsService.name);

  constructor(
    private readonly definitions: ReportDefinitions,
    private readonly execution: ReportExecution,
  ) {}

  async list(): Promise<DashboardSummaryObject[]> {
    const dashboards = await this.definitions.all<DashboardDefinition>('dashboard');
    return dashboards.map(({ version, content }) => ({
      key: content.key,
      version,
      name: localize(content.name, 'zh-CN'),
      nameEn: localize(content.name, 'en'),
      description: content.description ?? null,
    }));
  }

  async run(key: string, params: unknown, narrow: ScopeNarrowing = {}): Promise<DashboardObject> {
    const { content } = await this.definitions.dashboard(key);
    const given = paramsOf(params);
    const widgets = await Promise.all(content.widgets.map((widget) => this.widget(widget, given, narrow)));
    return {
      key: content.key,
      name: localize(content.name, 'zh-CN'),
      nameEn: localize(content.name, 'en'),
      parameters: content.parameters ?? [],
      widgets,
    };
  }

  private async widget(
    widget: DashboardDefinition['widgets'][number],
    given: ReportParams,
    narrow: ScopeNarrowing,
  ): Promise<DashboardWidgetObject> {
    const base = { key: widget.key, reportKey: widget.report, layout: widget.layout, params: widget.params ?? {} };
    try {
      const { content: report } = await this.definitions.report(widget.report);
      const own = new Set((report.parameters ?? []).map((p) => p.key));
      const params = { ...Object.fromEntries(Object.entries(given).filter(([k]) => own.has(k))), ...widget.params };
      const shown = widget.chart ? { ...report, chart: { ...report.chart, type: widget.chart } } : report;
      const result = bilingualResultObject(await this.execution.runBilingual(shown, params, narrow));
      const title = widget.title ?? report.name;
      return { ...base, title: localize(title, 'zh-CN'), titleEn: localize(title, 'en'), report: result, error: null };
    } catch (error) {
      const client = classifyError(error);
      if (client.code === 'INTERNAL') this.logger.error(`widget ${widget.key} of a dashboard failed: ${String(error)}`);
      return {
        ...base,
        title: widget.title ? localize(widget.title, 'zh-CN') : widget.report,
        titleEn: widget.title ? localize(widget.title, 'en') : widget.report,
        report: null,
        error: { code: client.code, message: client.message, problems: client.problems ?? null },
      };
    }
  }
}
