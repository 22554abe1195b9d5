import { Injectable } from '@nestjs/common';
import {
  assign,
  explainAssignment,
  type AssignmentState,
  type AssignmentStrategy,
  type JsonObject,
  type JsonValue,
} from '@anxin/rules';
import { DefinitionRegistry } from '../../engine-runtime/definition-registry.service';
import { ActionFailure } from '../../engine-worker/action-failure.error';
import { ActionHandlerFor, type ActionContext, type ActionHandler } from '../../engine-worker/action-handler.type';
import { textIn } from './action-input.util';
import { loadCandidates } from './candidates.query';
import { tenantOfInstance } from './instance-tenant.query';

/**
 * The built-in `assign` action: runs an ASSIGNMENT definition (`@anxin/rules` `assign`) over the company's engineers
 * and answers `{ assignee, outcome, escalatedTo, explanation, trace }` for the task's output mappings.
 *
 * Input: `strategy` (the definition key, required), `context` (what `skillsRule` / `teamsRule` read: the ticket),
 * `projectId` (only engineers of that project). The round-robin cursors live in `assignment_state`, per company and
 * strategy, updated in the same transaction as the decision, which is recorded under `assign:<actionId>`: a retried
 * job answers the first decision and never moves a cursor twice.
 */
@Injectable()
@ActionHandlerFor('assign')
export class AssignAction implements ActionHandler {
  constructor(private readonly definitions: DefinitionRegistry) {}

  async run(context: ActionContext): Promise<JsonValue> {
    const strategyKey = textIn(context.input, 'strategy', true)!;
    const projectId = textIn(context.input, 'projectId');
    const request = context.input['context'];
    const strategy = await this.strategy(strategyKey);
    return context.em.transactional(async (em) => {
      const recordId = `assign:${context.actionId}`;
      const [prior] = await em.execute<{ result: JsonValue }[]>(
        'select result from command_request where request_id = ?',
        [recordId],
      );
      if (prior) return prior.result;
      const tenantId = await tenantOfInstance(em, context.instanceId);
      if (!tenantId) throw new ActionFailure('NO_COMPANY', 'the instance belongs to no company: nobody to assign');
      const [state] = await em.execute<{ cursors: Record<string, string> }[]>(
        'select cursors from assignment_state where tenant_id = ?::uuid and strategy_key = ? for update',
        [tenantId, strategyKey],
      );
      const result = assign(strategy, {
        candidates: await loadCandidates(em, tenantId, projectId),
        ...(request !== undefined ? { context: request } : {}),
        state: { cursors: state?.cursors ?? {} } satisfies AssignmentState,
      });
      if (!result.ok) {
        const message = result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
        throw new ActionFailure('ASSIGNMENT_INVALID', message);
      }
      await em.execute(
        `insert into assignment_state (tenant_id, strategy_key, cursors, updated_at) values (?::uuid, ?, ?::jsonb, now())
         on conflict (tenant_id, strategy_key) do update set cursors = excluded.cursors, updated_at = now()`,
        [tenantId, strategyKey, JSON.stringify(result.state.cursors)],
      );
      const outcome = result.outcome;
      const answer: JsonObject = {
        assignee: outcome.kind === 'assigned' ? outcome.candidateId : null,
        outcome: outcome.kind,
        escalatedTo: outcome.kind === 'escalated' ? outcome.to : null,
        explanation: explainAssignment(result.trace, outcome),
        trace: JSON.parse(JSON.stringify(result.trace)) as JsonValue,
      };
      await em.execute(
        `insert into command_request (request_id, instance_id, result, created_at) values (?, ?::uuid, ?::jsonb, now())`,
        [recordId, context.instanceId, JSON.stringify(answer)],
      );
      return answer;
    });
  }

  private async strategy(key: string): Promise<AssignmentStrategy> {
    const definition = await this.definitions.findDefinition('assignment', key).catch(() => undefined);
    if (!definition) throw new ActionFailure('ASSIGNMENT_NOT_FOUND', `no assignment strategy "${key}" is deployed`);
    return JSON.parse(definition.content) as AssignmentStrategy;
  }
}
