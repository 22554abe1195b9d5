import { Injectable } from '@nestjs/common';
import {
  planParameterOptions,
  type Dataset,
  type ReportDefinition,
  type ReportParameter,
  type ReportRow,
} from '@anxin/report-engine';
import { textIn } from '@anxin/form-engine';
import type { JsonValue } from '@anxin/rules';
import { ActorContext } from '../../common/context/actor-context.service';
import { FormLoader } from '../workflow/forms/form-loader.service';
import type { ParameterOptionObject } from './dtos/parameter-option.object';
import { ReportDefinitions } from './report-definitions.service';
import { problemsError } from './report-execution.service';
import { ReportRunner } from './report-runner.service';
import { reportScopeOf } from './report-scope.util';

const unknownParameter = (key: string, param: string) =>
  problemsError(key, [
    { code: 'UNKNOWN_PARAMETER', path: `params.${param}`, message: `"${param}" is not a parameter.`, severity: 'error' },
  ]);

/**
 * The pick list of a report's or a dashboard's parameter, in both languages: a dictionary's items, or the distinct
 * values of a dataset field among the rows the caller sees (`planParameterOptions`, run like a report). A parameter
 * without options has none; an undeclared one is VALIDATION_FAILED.
 */
@Injectable()
export class ReportParameterOptions {
  constructor(
    private readonly actors: ActorContext,
    private readonly definitions: ReportDefinitions,
    private readonly runner: ReportRunner,
    private readonly forms: FormLoader,
  ) {}

  async ofReport(key: string, param: string, search?: string): Promise<ParameterOptionObject[]> {
    const { content: report } = await this.definitions.report(key);
    const parameter = (report.parameters ?? []).find((p) => p.key === param);
    if (!parameter) throw unknownParameter(key, param);
    return this.optionsOf(report, parameter, search);
  }

  /** A dashboard's parameter: its own options, read through the first widget's report that takes it. */
  async ofDashboard(key: string, param: string, search?: string): Promise<ParameterOptionObject[]> {
    const { content: dashboard } = await this.definitions.dashboard(key);
    const parameter = (dashboard.parameters ?? []).find((p) => p.key === param);
    if (!parameter) throw unknownParameter(key, param);
    if (!parameter.options || 'dictionary' in parameter.options) return this.dictionaryOptions(parameter);
    for (const widget of dashboard.widgets) {
      const { content: report } = await this.definitions.report(widget.report);
      if (!(report.parameters ?? []).some((p) => p.key === param)) continue;
      // The dashboard's declaration decides the options; the report gives the dataset (and its fit is checked).
      const others = (report.parameters ?? []).filter((p) => p.key !== param);
      return this.optionsOf({ ...report, parameters: [...others, parameter] }, parameter, search);
    }
    return [];
  }

  private async optionsOf(
    report: ReportDefinition,
    parameter: ReportParameter,
    search: string | undefined,
  ): Promise<ParameterOptionObject[]> {
    if (!parameter.options || 'dictionary' in parameter.options) return this.dictionaryOptions(parameter);
    const actor = this.actors.require();
    const dataset = await this.definitions.datasetOf(report);
    const env = { now: new Date(), rowCap: this.runner.rowCap };
    const scope = reportScopeOf(actor);
    const planned = planParameterOptions({ report, dataset, parameter: parameter.key, scope, env, search });
    if (!planned.ok) throw problemsError(report.key, planned.problems);
    const rows = await this.runner.run(planned.plan, actor.tenantId);
    return this.fieldOptions(rows, dataset, parameter.options.field);
  }

  /** Field values labelled by their label column, else by the field's dictionary, else as they are. */
  private async fieldOptions(rows: ReportRow[], dataset: Dataset, fieldKey: string): Promise<ParameterOptionObject[]> {
    const dictionary = dataset.fields.find((f) => f.key === fieldKey)?.dictionary;
    const items = dictionary ? ((await this.forms.allDictionaries())[dictionary]?.items ?? []) : [];
    return rows.map((row) => {
      const value = row['value'] as JsonValue;
      const item = items.find((i) => i.value === String(value));
      const label = typeof row['label'] === 'string' ? row['label'] : undefined;
      return {
        value,
        label: label ?? (item ? textIn(item.label, 'zh-CN') : String(value)),
        labelEn: label ?? (item ? textIn(item.label, 'en') : String(value)),
      };
    });
  }

  private async dictionaryOptions(parameter: ReportParameter): Promise<ParameterOptionObject[]> {
    if (!parameter.options || !('dictionary' in parameter.options)) return [];
    const items = (await this.forms.allDictionaries())[parameter.options.dictionary]?.items ?? [];
    return items
      .filter((item) => !item.disabled)
      .map((item) => ({ value: item.value, label: textIn(item.label, 'zh-CN'), labelEn: textIn(item.label, 'en') }));
  }
}
