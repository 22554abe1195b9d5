import { Injectable } from '@nestjs/common';
import { validateSubmission, type FormDefinition, type SubmissionResult } from '@anxin/form-engine';
import type { JsonObject } from '@anxin/rules';
import type { Actor } from '../../../common/context/actor.type';
import { AppError } from '../../../common/errors/app-error';
import { FormDataSources } from './form-data-sources.service';
import { FormLoader, formUserOf } from './form-loader.service';

/** Server-side validation of form data with the same engine the browser runs; VALIDATION_FAILED with problems. */
@Injectable()
export class FormValidation {
  constructor(
    private readonly forms: FormLoader,
    private readonly dataSources: FormDataSources,
  ) {}

  async validate(
    form: FormDefinition,
    data: unknown,
    actor: Actor,
    options: { previous?: JsonObject; variables?: JsonObject } = {},
  ): Promise<SubmissionResult> {
    const result = validateSubmission(form, data, {
      now: () => Date.now(),
      user: formUserOf(actor),
      dictionaries: await this.forms.allDictionaries(),
      dataSources: await this.dataSources.for(form),
      ...(options.previous ? { previous: options.previous } : {}),
      ...(options.variables ? { variables: options.variables } : {}),
    });
    if (!result.ok) {
      throw AppError.invalidSubmission(
        result.problems.map((p) => ({
          path: p.path === '' ? 'data' : `data.${p.path}`,
          code: p.code,
          message: p.message,
          severity: p.severity,
        })),
      );
    }
    return result;
  }
}
