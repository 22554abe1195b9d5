import { Injectable } from '@nestjs/common';
import type { JsonValue } from '@anxin/rules';
import { isUuid } from '../../common/validation/uuid.util';
import { ActionFailure } from '../../engine-worker/action-failure.error';
import { ActionHandlerFor, type ActionContext, type ActionHandler } from '../../engine-worker/action-handler.type';
import { tenantOfInstance } from './instance-tenant.query';

/** Deeper than any real org chart; bounds the recursive walk a wrong input could ask for. */
const MAX_LEVELS = 20;

/**
 * The manager `levels` up the chain of `userId`, among the users of the instance's company: the walk follows
 * `manager_id` within the company (the same chain as `OrgDirectory.managerOf`, which needs a signed-in actor and so
 * is not reachable from a job), and the user found is the answer only when active.
 */
const MANAGER_SQL = `
  with recursive chain (id, manager_id, active, depth) as (
    select id, manager_id, active, 0 from app_user where id = ?::uuid and tenant_id = ?::uuid
    union all
    select u.id, u.manager_id, u.active, c.depth + 1 from app_user u join chain c on u.id = c.manager_id
     where u.tenant_id = ?::uuid and c.depth < ?
  ) select id::text as id from chain where depth = ? and active`;

/**
 * The built-in `find-manager` action: `{ userId, levels }` → `{ user: id | null }`, the active user `levels` up the
 * manager chain of `userId` (1 = his manager) in the instance's company — the assignee of a "上级领导（第 N 级）" step.
 * A chain that ends earlier, a user of another company or an inactive manager answer `null` (the user task's
 * empty-approver policy decides). An input that is not a user id and a whole number of levels is INPUT_INVALID.
 */
@Injectable()
@ActionHandlerFor('find-manager')
export class FindManagerAction implements ActionHandler {
  async run(context: ActionContext): Promise<JsonValue> {
    const { userId, levels } = context.input;
    if (!isUuid(userId)) throw new ActionFailure('INPUT_INVALID', 'input.userId must be a user id');
    if (typeof levels !== 'number' || !Number.isInteger(levels) || levels < 1 || levels > MAX_LEVELS)
      throw new ActionFailure('INPUT_INVALID', `input.levels must be a whole number from 1 to ${MAX_LEVELS}`);
    const tenantId = await tenantOfInstance(context.em, context.instanceId);
    if (!tenantId) return { user: null };
    const [row] = await context.em.execute<{ id: string }[]>(MANAGER_SQL, [userId, tenantId, tenantId, levels, levels]);
    return { user: row?.id ?? null };
  }
}
