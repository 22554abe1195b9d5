import { Injectable } from '@nestjs/common';
import type { ReportDefinition } from '@anxin/report-engine';
import { AppError } from '../../common/errors/app-error';
import { DefinitionRegistry } from '../../engine-runtime/definition-registry.service';
import type { ReportResultObject } from './dtos/report-result.object';
import { ReportExecution } from './report-execution.service';
import { bilingualResultObject, paramsOf } from './reports.service';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Runs a report definition that is not deployed (the report builder's preview): checked exactly as deploying it
 * would be (schema, then against the deployed dataset it names), then run like `runReport` — the caller's scope,
 * the read-only transaction, the timeout and the row cap. Nothing is stored.
 */
@Injectable()
export class ReportPreview {
  constructor(
    private readonly registry: DefinitionRegistry,
    private readonly execution: ReportExecution,
  ) {}

  async preview(content: unknown, params: unknown): Promise<ReportResultObject> {
    if (!isObject(content)) throw AppError.invalidInput('content', 'content must be a report definition (a JSON object)');
    // The key only has to match itself here: a draft may not have chosen one yet.
    const key = typeof content['key'] === 'string' ? content['key'] : 'preview';
    const problems = await this.registry.validate({ kind: 'report', key, content: JSON.stringify(content) });
    if (problems.some((p) => p.severity === 'error')) throw AppError.invalidDefinition(problems);
    return bilingualResultObject(await this.execution.runBilingual(content as unknown as ReportDefinition, paramsOf(params)));
  }
}
