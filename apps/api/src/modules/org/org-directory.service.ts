import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { UserRole } from '@anxin/persistence';
import { TenantDatabase } from '../../common/database/tenant-database.service';
import { AppError } from '../../common/errors/app-error';
import { pageOf, pageWithTotal, type PageInput } from '../../common/graphql/page.input';
import { DataScope, type SqlCondition, uuidIn } from '../../common/scope/data-scope.service';
import { assertUuid } from '../../common/validation/uuid.util';
import type { ProjectObject } from './dtos/project.object';
import type { TeamMemberObject, TeamObject } from './dtos/team.object';
import type { UserFilterInput } from './dtos/user-filter.input';
import type { UserObject } from './dtos/user.object';

interface UserRow {
  id: string;
  tenant_id: string;
  username: string;
  display_name: string;
  phone: string | null;
  roles: UserRole[];
  active: boolean;
  manager_id: string | null;
  project_ids: string[];
  team_ids: string[];
  unit_ids: string[];
  total: string;
}

const USER_COLUMNS = `u.id, u.tenant_id, u.username, u.display_name, u.phone, u.roles, u.active, u.manager_id,
  array(select up.project_id from user_project up where up.user_id = u.id order by 1)::text[] as project_ids,
  array(select tm.team_id from team_member tm where tm.user_id = u.id order by 1)::text[] as team_ids,
  array(select ou.unit_id from owner_unit ou where ou.user_id = u.id order by 1)::text[] as unit_ids`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The org model as pickers and later services read it: projects, teams and users of the actor's tenant, within his
 * scope (`DataScope`), inside a tenant transaction (RLS). A user is in a staff member's scope when he shares a
 * project with him (as staff, or as the owner of a unit there); admins see the whole tenant.
 */
@Injectable()
export class OrgDirectory {
  constructor(
    private readonly db: TenantDatabase,
    private readonly scope: DataScope,
  ) {}

  projects(): Promise<ProjectObject[]> {
    const visible = this.scope.projectCondition('p.id');
    return this.db.transaction((em) =>
      em.execute<ProjectObject[]>(
        `select p.id, p.code, p.name, p.city from project p
          where p.tenant_id = ? and ${visible.sql} order by p.name, p.id`,
        [this.scope.actor.tenantId, ...visible.params],
      ),
    );
  }

  async teams(projectId?: string): Promise<TeamObject[]> {
    if (projectId) this.assertVisibleProject(projectId);
    const visible = this.scope.projectCondition('t.project_id');
    return this.db.transaction(async (em) => {
      const teams = await em.execute<(Omit<TeamObject, 'members'> & { project_id: string | null })[]>(
        `select t.id, t.name, t.project_id, t.skills, t.capacity from team t
          where t.tenant_id = ? and (t.project_id is null or ${visible.sql}) and (?::uuid is null or t.project_id = ?::uuid)
          order by t.name, t.id`,
        [this.scope.actor.tenantId, ...visible.params, projectId ?? null, projectId ?? null],
      );
      const members = await this.membersOf(
        em,
        teams.map((t) => t.id),
      );
      return teams.map(({ project_id, ...team }) => ({
        ...team,
        projectId: project_id,
        members: members.get(team.id) ?? [],
      }));
    });
  }

  async users(filter: UserFilterInput = { includeInactive: false }, page?: PageInput) {
    const conditions = [this.userScope(), ...this.userFilters(filter)];
    const { rows, total } = await this.db.transaction((em) =>
      pageWithTotal(pageOf(page), (limit, offset) =>
        em.execute<UserRow[]>(
          `select ${USER_COLUMNS}, count(*) over () as total from app_user u
            where u.tenant_id = ? and ${conditions.map((c) => `(${c.sql})`).join(' and ')}
            order by u.display_name, u.id limit ? offset ?`,
          [this.scope.actor.tenantId, ...conditions.flatMap((c) => c.params), limit, offset],
        ),
      ),
    );
    return { items: rows.map(toUser), total };
  }

  /** One user: himself, or somebody in the actor's scope; NOT_FOUND otherwise. */
  async user(id: string): Promise<UserObject> {
    assertUuid('id', id);
    const scope = this.userScope();
    const [row] = await this.db.transaction((em) =>
      em.execute<UserRow[]>(
        `select ${USER_COLUMNS} from app_user u where u.tenant_id = ? and u.id = ?::uuid and (${scope.sql})`,
        [this.scope.actor.tenantId, id, ...scope.params],
      ),
    );
    if (!row) throw AppError.notVisible('user', id);
    return toUser(row);
  }

  /** The manager `levels` up the chain of `userId` (1 = his manager), if the chain is that long. */
  async managerOf(userId: string, levels: number): Promise<string | undefined> {
    assertUuid('userId', userId);
    const [row] = await this.db.transaction((em) =>
      em.execute<{ id: string }[]>(
        `with recursive chain (id, manager_id, depth) as (
           select id, manager_id, 0 from app_user where id = ?::uuid and tenant_id = ?
           union all
           select u.id, u.manager_id, c.depth + 1 from app_user u join chain c on u.id = c.manager_id where c.depth < ?
         ) select id from chain where depth = ?`,
        [userId, this.scope.actor.tenantId, levels, levels],
      ),
    );
    return row?.id;
  }

  /** Staff of the same projects and owners of units there; admins everybody; everyone himself. */
  private userScope(): SqlCondition {
    const actor = this.scope.actor;
    if (this.scope.isTenantWide()) return { sql: 'true', params: [] };
    const shared = uuidIn('up.project_id', actor.projectIds);
    const owned = uuidIn('un.project_id', actor.projectIds);
    return {
      sql: `u.id = ?::uuid
         or exists (select 1 from user_project up where up.user_id = u.id and ${shared.sql})
         or exists (select 1 from owner_unit ou join unit un on un.id = ou.unit_id where ou.user_id = u.id and ${owned.sql})`,
      params: [actor.userId, ...shared.params, ...owned.params],
    };
  }

  private userFilters(filter: UserFilterInput): SqlCondition[] {
    const conditions: SqlCondition[] = [];
    if (!filter.includeInactive) conditions.push({ sql: 'u.active', params: [] });
    if (filter.role) conditions.push({ sql: '? = any(u.roles)', params: [filter.role] });
    if (filter.search?.trim()) {
      const pattern = `%${escapeLike(filter.search.trim())}%`;
      conditions.push({ sql: 'u.username ilike ? or u.display_name ilike ?', params: [pattern, pattern] });
    }
    if (filter.projectId) {
      this.assertVisibleProject(filter.projectId);
      conditions.push({
        sql: `exists (select 1 from user_project up where up.user_id = u.id and up.project_id = ?::uuid)
           or exists (select 1 from owner_unit ou join unit un on un.id = ou.unit_id where ou.user_id = u.id and un.project_id = ?::uuid)`,
        params: [filter.projectId, filter.projectId],
      });
    }
    if (filter.teamId) {
      assertUuid('filter.teamId', filter.teamId);
      conditions.push({
        sql: 'exists (select 1 from team_member tm where tm.user_id = u.id and tm.team_id = ?::uuid)',
        params: [filter.teamId],
      });
    }
    return conditions;
  }

  private assertVisibleProject(projectId: string): void {
    assertUuid('projectId', projectId);
    this.scope.assertProjectVisible(projectId);
  }

  private async membersOf(em: EntityManager, teamIds: readonly string[]): Promise<Map<string, TeamMemberObject[]>> {
    const byTeam = new Map<string, TeamMemberObject[]>();
    if (teamIds.length === 0) return byTeam;
    const teams = uuidIn('tm.team_id', teamIds);
    const rows = await em.execute<(TeamMemberObject & { team_id: string; user_id: string; display_name: string })[]>(
      `select tm.team_id, tm.user_id, u.display_name, tm.skills, tm.capacity, tm.lead
         from team_member tm join app_user u on u.id = tm.user_id
        where ${teams.sql} order by tm.lead desc, u.display_name`,
      [...teams.params],
    );
    for (const row of rows) {
      const member = {
        userId: row.user_id,
        displayName: row.display_name,
        skills: row.skills,
        capacity: row.capacity,
        lead: row.lead,
      };
      byTeam.set(row.team_id, [...(byTeam.get(row.team_id) ?? []), member]);
    }
    return byTeam;
  }
}

function toUser(row: UserRow): UserObject {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    username: row.username,
    displayName: row.display_name,
    phone: row.phone,
    roles: row.roles,
    active: row.active,
    managerId: row.manager_id,
    projectIds: row.project_ids,
    teamIds: row.team_ids,
    unitIds: row.unit_ids,
  };
}
