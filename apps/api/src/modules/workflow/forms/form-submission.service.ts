import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { processVariablesOf } from '@anxin/form-engine';
import { TenantDatabase } from '../../../common/database/tenant-database.service';
import { sqlDate } from '../../../common/database/sql-date.util';
import { DataScope } from '../../../common/scope/data-scope.service';
import { EngineRuntime } from '../../../engine-runtime/engine-runtime.service';
import { jsonObjectArg, scopedRequestId } from '../access/request-id.util';
import { FormLoader } from './form-loader.service';
import { FormValidation } from './form-validation.service';
import type { SubmissionObject, SubmitFormInput } from './submission.object';

interface SubmissionRow {
  id: string;
  form_key: string;
  form_version: number;
  process_instance_id: string | null;
  ticket_number: string | null;
  data: unknown;
  created_at: Date | string;
}

const SELECT = `select id, form_key, form_version, process_instance_id, ticket_number, data, created_at from submission`;

/**
 * 报修/提交: validates form data with the form engine (the same checks the browser ran), starts the process the form
 * names with the mapped variables, and records the submission. Idempotent per request id: the instance start is keyed
 * by it, so a retry after a lost answer (or a crash between the two writes) finds the same instance, never a
 * second ticket.
 */
@Injectable()
export class FormSubmissions {
  constructor(
    private readonly forms: FormLoader,
    private readonly validation: FormValidation,
    private readonly runtime: EngineRuntime,
    private readonly db: TenantDatabase,
    private readonly scope: DataScope,
  ) {}

  async submit(input: SubmitFormInput): Promise<SubmissionObject> {
    const actor = this.scope.actor;
    const requestId = scopedRequestId(actor, input.requestId, 'input.requestId')!;
    const prior = await this.find(requestId);
    if (prior) return prior;
    const data = jsonObjectArg(input.data, 'input.data');
    const loaded = await this.forms.form(input.formKey, undefined, 'input.formKey');
    const result = await this.validation.validate(loaded.form, data, actor);
    let instanceId: string | null = null;
    let ticketNumber: string | null = null;
    if (loaded.form.startsProcess) {
      const outcome = await this.runtime.start({
        processKey: loaded.form.startsProcess,
        tenantId: actor.tenantId,
        initiator: actor.userId,
        variables: processVariablesOf(loaded.form, result.value),
        requestId: `submit:${requestId}`,
      });
      instanceId = outcome.instanceId;
      ticketNumber = outcome.ticketNumber ?? (await this.ticketNumberOf(instanceId));
    }
    await this.db.transaction((em) =>
      em.execute(
        `insert into submission (id, tenant_id, form_key, form_version, data, submitted_by, request_id,
           process_instance_id, ticket_number, created_at)
         values (?::uuid, ?::uuid, ?, ?, ?::jsonb, ?::uuid, ?, ?::uuid, ?, now())
         on conflict (tenant_id, request_id) do nothing`,
        [
          randomUUID(),
          actor.tenantId,
          loaded.key,
          loaded.version,
          JSON.stringify(result.value),
          actor.userId,
          requestId,
          instanceId,
          ticketNumber,
        ],
      ),
    );
    const stored = await this.find(requestId);
    if (!stored) throw new Error(`submission ${input.requestId} was not stored`);
    return stored;
  }

  /** By the caller-scoped request id (see `scopedRequestId`). */
  private async find(requestId: string): Promise<SubmissionObject | undefined> {
    const [row] = await this.db.transaction((em) =>
      em.execute<SubmissionRow[]>(`${SELECT} where request_id = ?`, [requestId]),
    );
    if (!row) return undefined;
    return {
      id: row.id,
      formKey: row.form_key,
      formVersion: row.form_version,
      processInstanceId: row.process_instance_id,
      ticketNumber: row.ticket_number,
      data: row.data,
      createdAt: sqlDate(row.created_at),
    };
  }

  private async ticketNumberOf(instanceId: string): Promise<string | null> {
    const [row] = await this.db.transaction((em) =>
      em.execute<{ number: string }[]>(`select number from ticket where instance_id = ?::uuid`, [instanceId]),
    );
    return row?.number ?? null;
  }
}
