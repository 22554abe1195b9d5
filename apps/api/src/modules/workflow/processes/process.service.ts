import { Injectable } from '@nestjs/common';
import type { InstanceState, ProcessCommand } from '@anxin/process-engine';
import type { JsonObject } from '@anxin/rules';
import { TenantDatabase } from '../../../common/database/tenant-database.service';
import { sqlDate, sqlDateOrNull } from '../../../common/database/sql-date.util';
import { DataScope } from '../../../common/scope/data-scope.service';
import { DefinitionRegistry } from '../../../engine-runtime/definition-registry.service';
import { EngineRuntime, type StepOutcome } from '../../../engine-runtime/engine-runtime.service';
import { groupsOf, InstanceAccess } from '../access/instance-access.service';
import { jsonObjectArg, scopedRequestId } from '../access/request-id.util';
import { UserNames } from '../access/user-names.service';
import type { ProcessDiagramObject, ProcessInstanceObject } from './process-instance.object';
import type { StartProcessInput } from './start-process.input';

interface InstanceRow {
  id: string;
  status: string;
  definition_key: string;
  definition_version: number;
  business_key: string | null;
  state: InstanceState;
  initiator: string;
  started_at: Date | string;
  ended_at: Date | string | null;
  end_reason: string | null;
  number: string | null;
}

/** Elements tokens stand on, in token order, each once. */
export function activeElementIdsOf(state: InstanceState): string[] {
  return [...new Set(Object.values(state.tokens).map((t) => t.elementId))];
}

/** Starting, reading, messaging and revoking process instances for the current actor, within his scope. */
@Injectable()
export class ProcessService {
  constructor(
    private readonly runtime: EngineRuntime,
    private readonly definitions: DefinitionRegistry,
    private readonly access: InstanceAccess,
    private readonly db: TenantDatabase,
    private readonly scope: DataScope,
    private readonly names: UserNames,
  ) {}

  async start(input: StartProcessInput): Promise<ProcessInstanceObject> {
    const actor = this.scope.actor;
    const variables = jsonObjectArg(input.variables, 'input.variables') as JsonObject;
    const requestId = scopedRequestId(actor, input.requestId, 'input.requestId');
    const outcome = await this.runtime.start({
      processKey: input.processKey,
      tenantId: actor.tenantId,
      initiator: actor.userId,
      variables,
      ...(input.businessKey ? { businessKey: input.businessKey } : {}),
      ...(requestId ? { requestId } : {}),
    });
    return this.instance(outcome.instanceId);
  }

  async instance(id: string): Promise<ProcessInstanceObject> {
    await this.access.instance(id);
    const row = await this.row(id);
    const initiator = await this.names.ref(row.initiator);
    return {
      id: row.id,
      status: row.status,
      processKey: row.definition_key,
      processVersion: row.definition_version,
      businessKey: row.business_key,
      variables: row.state.variables,
      activeElementIds: activeElementIdsOf(row.state),
      initiator: initiator ?? { id: row.initiator, displayName: row.initiator },
      startedAt: sqlDate(row.started_at),
      endedAt: sqlDateOrNull(row.ended_at),
      endReason: row.end_reason,
      ticketNumber: row.number,
    };
  }

  async diagram(id: string): Promise<ProcessDiagramObject> {
    const visible = await this.access.instance(id);
    const [row, definition] = await Promise.all([
      this.row(id),
      this.definitions.findDefinition('process', visible.definitionKey, visible.definitionVersion),
    ]);
    return {
      processInstanceId: id,
      xml: definition.content,
      completedElementIds: [...new Set(row.state.trail.map((entry) => entry.elementId))],
      activeElementIds: activeElementIdsOf(row.state),
    };
  }

  async revoke(id: string, reason: string | undefined, requestId?: string): Promise<ProcessInstanceObject> {
    await this.access.instance(id, 'processInstanceId');
    await this.run(id, { type: 'revoke', ...this.byActor(reason) }, requestId);
    return this.instance(id);
  }

  async sendMessage(id: string, name: string, data: unknown, requestId?: string): Promise<ProcessInstanceObject> {
    await this.access.instance(id, 'processInstanceId');
    const variables = jsonObjectArg(data, 'data') as JsonObject;
    await this.run(id, { type: 'signal', messageName: name, variables, ...this.byActor() }, requestId);
    return this.instance(id);
  }

  private run(id: string, command: ProcessCommand, requestId?: string): Promise<StepOutcome> {
    return this.runtime.execute(id, command, scopedRequestId(this.scope.actor, requestId));
  }

  private byActor(comment?: string) {
    const actor = this.scope.actor;
    return { actor: actor.userId, groups: groupsOf(actor), ...(comment ? { comment } : {}) };
  }

  private async row(id: string): Promise<InstanceRow> {
    const [row] = await this.db.transaction((em) =>
      em.execute<InstanceRow[]>(
        `select i.id, i.status, i.definition_key, i.definition_version, i.business_key, i.state, i.initiator,
                i.started_at, i.ended_at, i.end_reason, t.number
           from process_instance i left join ticket t on t.instance_id = i.id where i.id = ?::uuid`,
        [id],
      ),
    );
    if (!row) throw new Error(`instance ${id} vanished after its access check`);
    return row;
  }
}
