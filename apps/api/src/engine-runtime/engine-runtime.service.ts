import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import {
  execute,
  start,
  type EngineEnv,
  type InstanceState,
  type ProcessCommand,
  type ProcessEffect,
  type ProcessModel,
  type StepResult,
} from '@anxin/process-engine';
import type { JsonObject } from '@anxin/rules';
import type { PendingAudit } from '../common/audit/pending-audit';
import { DefinitionRegistry } from './definition-registry.service';
import { InstanceCache, type CachedInstance } from './instance-cache';
import { OutboxWake } from './outbox-wake';
import { RUNTIME_OPTIONS, type RuntimeOptions } from './runtime-options';
import { StepDatabase } from './step-database';
import { StepEvents } from './step-events';
import { fromCommandError, RuntimeError } from './runtime-error';
import { planStep, type StepPlan } from './step-plan';
import { planTicket } from './ticket-plan';
import { INSERT_INSTANCE_SQL, LOAD_INSTANCE_SQL, SLOT_COLUMNS, WRITE_STEP_SQL } from './step-statements.sql';

export interface StepOutcome {
  readonly instanceId: string;
  readonly revision: number;
  readonly status: InstanceState['status'];
  /** Ids of the tasks the step opened. */
  readonly createdTaskIds: readonly string[];
  /** The ticket's number, when the process declares a ticket (`<anxin:ticket>`). */
  readonly ticketNumber?: string;
  /** True when this is the stored result of an earlier request with the same id. */
  readonly replayed?: boolean;
}

export interface StartRequest {
  readonly processKey: string;
  /** The company the instance belongs to; a called instance inherits its parent's. */
  readonly tenantId?: string;
  readonly version?: number;
  readonly initiator: string;
  readonly variables?: JsonObject;
  readonly businessKey?: string;
  readonly messageName?: string;
  readonly requestId?: string;
  readonly parent?: { readonly instanceId: string; readonly actionId: string };
}

interface WriteResult {
  written: number;
  ticket_number: string | null;
  tenant_id: string | null;
}

interface InstanceRow {
  id: string;
  state: InstanceState;
  revision: number;
  definition_id: string;
  parent_instance_id: string | null;
  parent_action_id: string | null;
  prior: StepOutcome | null;
}

/**
 * An instance row read by the caller just before the step (e.g. with a task command's scope check), with the stored
 * result of the step's request id if it ran already: the step starts from it instead of loading the instance.
 */
export interface InstanceSnapshot extends CachedInstance {
  readonly prior: StepOutcome | null;
}

/** What a caller may add to {@link EngineRuntime.execute}. */
export interface ExecuteOptions {
  /** The instance as the caller just read it: the step starts from it instead of a load (see `execute`). */
  readonly snapshot?: InstanceSnapshot;
  /**
   * The audit row of the mutation whose whole change this step is: inserted by the step's own statement, so it
   * commits with the step or not at all; marked written when a write committed it.
   */
  readonly audit?: PendingAudit;
}

interface Prior {
  readonly prior: StepOutcome;
}

/**
 * The durable engine: load an instance, run the pure interpreter, and write the new state with every effect in ONE
 * statement guarded by the revision. A lost race (another step moved the instance first) re-runs the command on the
 * fresh state, a bounded number of times, so concurrent branch completions and countersign approvals never surface
 * a conflict; what the fresh state refuses (a task somebody already completed) is a clean error. The state this
 * runtime wrote last is kept (`InstanceCache`), so the next step of the instance usually skips the load: one
 * statement per step. The write's revision check catches a copy that another process made stale.
 */
@Injectable()
export class EngineRuntime {
  /** SQL statements issued by steps since start (the benchmark divides it by steps). */
  statements = 0;
  private readonly cache: InstanceCache;

  constructor(
    private readonly em: EntityManager,
    private readonly definitions: DefinitionRegistry,
    private readonly steps: StepDatabase,
    private readonly events: StepEvents,
    private readonly outbox: OutboxWake,
    @Inject(RUNTIME_OPTIONS) private readonly options: RuntimeOptions,
  ) {
    this.cache = new InstanceCache(options.instanceCacheSize);
  }

  async start(request: StartRequest): Promise<StepOutcome> {
    const em = this.em.fork();
    if (request.requestId) {
      const prior = await this.sql<{ result: StepOutcome }>(
        em,
        'select result from command_request where request_id = ?',
        [request.requestId],
      );
      if (prior[0]) return { ...prior[0].result, replayed: true };
    }
    this.statements += 1; // the definition lookup
    const definition = await this.definitions.processVersion(request.processKey, request.version);
    const model = await this.definitions.modelById(definition.id);
    const env = await this.envFor(model);
    const instanceId = randomUUID();
    const result = start(
      model,
      {
        instanceId,
        processVersion: definition.version,
        initiator: request.initiator,
        ...(request.variables ? { variables: request.variables } : {}),
        ...(request.messageName ? { messageName: request.messageName } : {}),
      },
      env,
    );
    if (!result.ok) throw fromCommandError(result.error);
    const plan = planStep(model, undefined, result.state, result.effects, this.planOptions(request.parent));
    const ticket = planTicket(model, result.state, result.effects, {
      actor: request.initiator,
      at: result.state.startedAt,
    });
    const outcome = this.outcomeOf(result.state, result.effects);
    const columns = plan.columns;
    const params = [
      instanceId,
      request.tenantId ?? null,
      request.parent?.instanceId ?? null,
      definition.id,
      definition.key,
      definition.version,
      request.businessKey ?? null,
      columns.status,
      JSON.stringify(result.state),
      result.state.revision,
      request.initiator,
      result.state.startedAt,
      columns.ended_at,
      columns.end_reason,
      request.parent?.instanceId ?? null,
      request.parent?.actionId ?? null,
      ...SLOT_COLUMNS.map((c) => columns.slots[c] ?? null),
      ...this.effectParams(plan, request.requestId, instanceId, outcome),
      '[]', // no audit row: a start's mutation writes more than the step (e.g. the submission)
      JSON.stringify(ticket ? [ticket] : []),
    ];
    const [written] = await this.step<WriteResult>('anxin.insert-instance', INSERT_INSTANCE_SQL, params);
    if (written?.written !== 1)
      throw new RuntimeError('revision.conflict', 'internal', `instance id ${instanceId} exists`);
    this.cache.set(instanceId, {
      state: result.state,
      revision: result.state.revision,
      definitionId: definition.id,
      parentInstanceId: request.parent?.instanceId ?? null,
      parentActionId: request.parent?.actionId ?? null,
    });
    this.committed(instanceId, plan, written);
    return written.ticket_number ? { ...outcome, ticketNumber: written.ticket_number } : outcome;
  }

  /**
   * Runs one command on an instance; see the class comment for conflicts, retries and the cache. A `snapshot` the
   * caller read stands in for the cached copy: a stored result in it is replayed; otherwise it is tried once without
   * a load, and anything but a successful write is decided again on a fresh load, exactly like a cached copy.
   */
  async execute(
    instanceId: string,
    command: ProcessCommand,
    requestId?: string,
    { snapshot, audit }: ExecuteOptions = {},
  ): Promise<StepOutcome> {
    if (snapshot?.prior) return { ...snapshot.prior, replayed: true };
    // A cached copy is tried once, without a load; anything but a successful write is decided again on fresh state.
    let cached = snapshot ? withoutPrior(snapshot) : this.cache.get(instanceId);
    for (let attempt = 1; attempt <= this.options.maxAttempts;) {
      const fromCache = cached !== undefined;
      const loaded = cached ?? (await this.load(instanceId, requestId));
      cached = undefined;
      if ('prior' in loaded) return { ...loaded.prior, replayed: true };
      const done = await this.attempt(loaded, command, { requestId, fromCache, audit });
      if (done !== 'lost') return done;
      this.cache.delete(instanceId);
      if (fromCache) continue;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 3 * attempt));
      attempt += 1;
    }
    throw RuntimeError.revisionConflict(instanceId, this.options.maxAttempts);
  }

  /** The current state of an instance (for queries and tests). */
  async state(instanceId: string): Promise<InstanceState> {
    const loaded = await this.load(instanceId, undefined);
    if ('prior' in loaded) throw new Error('unreachable: no request id');
    return loaded.state;
  }

  /** The stored instance, or the stored result of `requestId` when that request ran already. */
  private async load(instanceId: string, requestId: string | undefined): Promise<CachedInstance | Prior> {
    const [row] = await this.step<InstanceRow>('anxin.load-instance', LOAD_INSTANCE_SQL, [
      requestId ?? null,
      instanceId,
    ]);
    if (!row) throw RuntimeError.instanceNotFound(instanceId);
    if (row.prior) return { prior: row.prior };
    return {
      state: row.state,
      revision: row.revision,
      definitionId: row.definition_id,
      parentInstanceId: row.parent_instance_id,
      parentActionId: row.parent_action_id,
    };
  }

  /**
   * Runs the command on `row` and writes the step: its outcome, or `lost` when the write found the revision moved
   * on (or, from a cached copy, the request already answered). A refusal or a no-op decided on a cached copy is
   * `lost` too: the copy may be behind (the task or timer may exist by now), so it is decided again on fresh state.
   */
  private async attempt(
    row: CachedInstance,
    command: ProcessCommand,
    { requestId, fromCache, audit }: { requestId: string | undefined; fromCache: boolean; audit?: PendingAudit },
  ): Promise<StepOutcome | 'lost'> {
    const instanceId = row.state.instanceId;
    const model = await this.definitions.modelById(row.definitionId);
    const result: StepResult = execute(model, row.state, command, await this.envFor(model));
    if (!result.ok) {
      if (fromCache) return 'lost';
      throw await this.refusal(result.error, command);
    }
    if (result.state === row.state) return fromCache ? 'lost' : this.outcomeOf(row.state, []);
    const parent =
      row.parentInstanceId && row.parentActionId
        ? { instanceId: row.parentInstanceId, actionId: row.parentActionId }
        : undefined;
    const plan = planStep(model, row.state, result.state, result.effects, this.planOptions(parent, command.comment));
    const ticket = planTicket(model, result.state, result.effects, {
      actor: command.actor,
      at: new Date().toISOString(),
      ...(command.comment ? { comment: command.comment } : {}),
    });
    const outcome = this.outcomeOf(result.state, result.effects);
    const columns = plan.columns;
    const params = [
      JSON.stringify(result.state),
      result.state.revision,
      columns.status,
      columns.ended_at,
      columns.end_reason,
      ...SLOT_COLUMNS.map((c) => columns.slots[c] ?? null),
      instanceId,
      row.revision,
      requestId ?? null,
      ...this.effectParams(plan, requestId, instanceId, outcome),
      JSON.stringify(audit ? [audit.row] : []),
      JSON.stringify(ticket ? [ticket] : []),
    ];
    const [written] = await this.step<WriteResult>('anxin.write-step', WRITE_STEP_SQL, params);
    if (written?.written !== 1) return 'lost';
    audit?.markWritten();
    this.cache.set(instanceId, { ...row, state: result.state, revision: result.state.revision });
    this.committed(instanceId, plan, written);
    return written.ticket_number ? { ...outcome, ticketNumber: written.ticket_number } : outcome;
  }

  private async refusal(error: Parameters<typeof fromCommandError>[0], command: ProcessCommand) {
    if (error.code === 'task.notFound' && 'taskId' in command && command.taskId) {
      const [task] = await this.sql<{ status: string }>(
        this.em.fork(),
        'select status from user_task where id = ?::uuid',
        [command.taskId],
      ).catch(() => []);
      if (task && (task.status === 'completed' || task.status === 'cancelled'))
        return RuntimeError.taskAlreadyDone(command.taskId, task.status);
    }
    return fromCommandError(error);
  }

  private async envFor(model: ProcessModel): Promise<EngineEnv> {
    const [tables, calendars] = await Promise.all([
      this.definitions.decisionTables(model),
      this.definitions.calendars(model),
    ]);
    return {
      now: () => Date.now(),
      newId: () => randomUUID(),
      decisionTable: (key) => tables.get(key),
      calendar: (name) => calendars.get(name),
    };
  }

  private planOptions(parent: StartRequest['parent'], comment?: string) {
    return {
      actionMaxAttempts: this.options.actionMaxAttempts,
      ...(parent ? { parent } : {}),
      ...(comment ? { comment } : {}),
    };
  }

  /**
   * After a step's commit: wakes the outbox delivery if the step wrote messages, and tells the step's listeners (live
   * updates) what changed, for steps that touched tasks or a ticket.
   */
  private committed(instanceId: string, plan: StepPlan, written: WriteResult): void {
    if (plan.outbox.length > 0) this.outbox.request();
    if (plan.tasks.length === 0 && !written.ticket_number) return;
    this.events.emit({
      tenantId: written.tenant_id,
      instanceId,
      ticketNumber: written.ticket_number,
      tasks: plan.tasks.map((t) => ({
        id: t.id,
        assignee: t.assignee,
        candidateUsers: t.candidate_users,
        candidateGroups: t.candidate_groups,
      })),
    });
  }

  private outcomeOf(state: InstanceState, effects: readonly ProcessEffect[]): StepOutcome {
    const createdTaskIds = effects.flatMap((e) => (e.type === 'TaskCreated' ? [e.task.id] : []));
    return { instanceId: state.instanceId, revision: state.revision, status: state.status, createdTaskIds };
  }

  private effectParams(
    plan: StepPlan,
    requestId: string | undefined,
    instanceId: string,
    outcome: StepOutcome,
  ): unknown[] {
    const result = JSON.stringify(outcome);
    return [
      JSON.stringify(plan.tasks),
      JSON.stringify(plan.history),
      JSON.stringify(plan.outbox),
      requestId ?? null,
      instanceId,
      result,
      requestId ?? null,
      JSON.stringify(plan.jobs),
      JSON.stringify(plan.removedJobKeys),
    ];
  }

  private async step<T>(name: string, query: string, params: unknown[]): Promise<T[]> {
    this.statements += 1;
    return this.steps.query<T>(name, query, params);
  }

  private async sql<T>(em: EntityManager, query: string, params: unknown[]): Promise<T[]> {
    this.statements += 1;
    return em.execute<T[]>(query, params as never[]);
  }
}

function withoutPrior({ prior: _prior, ...instance }: InstanceSnapshot): CachedInstance {
  return instance;
}
