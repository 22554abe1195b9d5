import { Injectable } from '@nestjs/common';
import { isUserRole } from '@anxin/persistence';
import type { JsonValue } from '@anxin/rules';
import { ActionFailure } from '../../engine-worker/action-failure.error';
import { ActionHandlerFor, type ActionContext, type ActionHandler } from '../../engine-worker/action-handler.type';
import { namesIn, textIn } from './action-input.util';
import { tenantOfInstance } from './instance-tenant.query';

/**
 * The built-in `find-users` action: the ids of the company's active users with any of `roles`, of `projectId` when
 * given (staff assigned to it), owning `unitId` when given (owners of the unit), as `{ users: [...] }` in a stable order (username) — e.g. every finance user of the
 * ticket's project as the collection of a 会签. An empty answer is a valid answer (the approval's empty-approver
 * policy decides what happens).
 */
@Injectable()
@ActionHandlerFor('find-users')
export class FindUsersAction implements ActionHandler {
  async run(context: ActionContext): Promise<JsonValue> {
    const roles = namesIn(context.input, 'roles');
    if (roles.length === 0 || !roles.every(isUserRole))
      throw new ActionFailure('INPUT_INVALID', 'input.roles must name roles (admin, finance, manager…)');
    const projectId = textIn(context.input, 'projectId');
    const unitId = textIn(context.input, 'unitId');
    const tenantId = await tenantOfInstance(context.em, context.instanceId);
    if (!tenantId) return { users: [] };
    const rows = await context.em.execute<{ id: string }[]>(
      `select u.id::text as id from app_user u
        where u.tenant_id = ?::uuid and u.active and u.roles && array(select jsonb_array_elements_text(?::jsonb))
          and (?::uuid is null or exists (select 1 from user_project up where up.user_id = u.id and up.project_id = ?::uuid))
          and (?::uuid is null or exists (select 1 from owner_unit ou where ou.user_id = u.id and ou.unit_id = ?::uuid))
        order by u.username`,
      [tenantId, JSON.stringify(roles), projectId ?? null, projectId ?? null, unitId ?? null, unitId ?? null],
    );
    return { users: rows.map((r) => r.id) };
  }
}
