import { Injectable } from '@nestjs/common';
import type { UserRole } from '@anxin/persistence';
import type { Actor } from '../../common/context/actor.type';
import { TenantDatabase } from '../../common/database/tenant-database.service';

interface ActorRow {
  id: string;
  tenant_id: string;
  username: string;
  display_name: string;
  roles: UserRole[];
  project_ids: string[];
  team_ids: string[];
  team_codes: string[];
  unit_ids: string[];
}

// One statement: the user (if active) with his projects, teams and units. Owners' projects are their units'.
const LOAD_ACTOR_SQL = `
  select u.id, u.tenant_id, u.username, u.display_name, u.roles,
         array(select up.project_id from user_project up where up.user_id = u.id
               union select un.project_id from owner_unit ou join unit un on un.id = ou.unit_id where ou.user_id = u.id
               order by 1)::text[] as project_ids,
         array(select tm.team_id from team_member tm where tm.user_id = u.id order by 1)::text[] as team_ids,
         array(select t.code from team_member tm join team t on t.id = tm.team_id
               where tm.user_id = u.id and t.code is not null order by 1)::text[] as team_codes,
         array(select ou.unit_id from owner_unit ou where ou.user_id = u.id order by 1)::text[] as unit_ids
    from app_user u
   where u.id = ?::uuid and u.tenant_id = ?::uuid and u.active`;

/** Builds the {@link Actor} of a user, inside his tenant (RLS applies). Undefined for an unknown or inactive user. */
@Injectable()
export class ActorLoader {
  constructor(private readonly db: TenantDatabase) {}

  async load(tenantId: string, userId: string): Promise<Actor | undefined> {
    const [row] = await this.db.forTenant(tenantId, (em) => em.execute<ActorRow[]>(LOAD_ACTOR_SQL, [userId, tenantId]));
    if (!row) return undefined;
    return {
      userId: row.id,
      tenantId: row.tenant_id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles,
      projectIds: row.project_ids,
      teamIds: row.team_ids,
      teamCodes: row.team_codes,
      unitIds: row.unit_ids,
    };
  }
}
