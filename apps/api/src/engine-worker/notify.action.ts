import { Injectable } from '@nestjs/common';
import type { JsonValue } from '@anxin/rules';
import { JOB, OUTBOX_JOB_KEY } from '../engine-runtime/step-plan';
import { ActionHandlerFor, type ActionContext, type ActionHandler } from './action-handler.type';

/**
 * Writes the message and wakes the delivery job in one statement, once per action even when the job runs again:
 * an idempotency record `notify:<actionId>` (a primary-key insert, purged with the other records after a week)
 * guards the write.
 */
const NOTIFY_SQL = `with claimed as (
  insert into command_request (request_id, instance_id, result, created_at)
  values (?, ?::uuid, '{"notified":true}'::jsonb, now())
  on conflict do nothing
  returning instance_id
), written as (
  insert into outbox (instance_id, kind, payload, created_at)
  select instance_id, 'notification.action', ?::jsonb, now() from claimed
  returning id
), woken as (
  select graphile_worker.add_job(identifier => ?, payload => '{}'::json, job_key => ?) from written
)
select (select count(*) from written)::int as written, (select count(*) from woken)::int as woken`;

/**
 * The built-in `notify` action: an outbox message `notification.action` carrying the task's input, which the
 * channels read. The in-app channel understands `{ recipients?: userId | userId[], roles?: role | role[],
 * title?: string, body?: string }` (user ids are `app_user.id`s; roles reach every active user of that role in the
 * instance's company); other keys are passed on untouched for other channels.
 *
 *   <bpmn:serviceTask id="tell-finance" anxin:action="notify">
 *     <anxin:input target="roles">["finance"]</anxin:input>
 *     <anxin:input target="title">"费用待审核"</anxin:input>
 *   </bpmn:serviceTask>
 */
@Injectable()
@ActionHandlerFor('notify')
export class NotifyAction implements ActionHandler {
  async run(context: ActionContext): Promise<JsonValue> {
    const payload = {
      instanceId: context.instanceId,
      actionId: context.actionId,
      elementId: context.elementId,
      input: context.input,
    };
    await context.em.execute(NOTIFY_SQL, [
      `notify:${context.actionId}`,
      context.instanceId,
      JSON.stringify(payload),
      JOB.deliverOutbox,
      OUTBOX_JOB_KEY,
    ]);
    return { notified: true };
  }
}
