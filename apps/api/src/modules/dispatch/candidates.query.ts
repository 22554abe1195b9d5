import type { EntityManager } from '@mikro-orm/postgresql';
import type { AssignmentCandidate } from '@anxin/rules';

interface CandidateRow {
  id: string;
  skills: string[];
  teams: string[];
  open_tasks: number;
  capacity: number;
  on_duty: boolean;
}

/**
 * The engineers an assignment may choose from, in a stable order (username): active users with the `engineer` role
 * of the company, of the project when one is given; skills are their own and their teams'; teams are named by
 * code (by id when a team has none); open tasks are those assigned to them now; capacity their largest team
 * membership's.
 */
const CANDIDATES_SQL = `
  select u.id::text as id, u.on_duty,
    array(select distinct s from team_member tm join team t on t.id = tm.team_id, unnest(tm.skills || t.skills) as s
           where tm.user_id = u.id order by 1) as skills,
    array(select coalesce(t.code, t.id::text) from team_member tm join team t on t.id = tm.team_id
           where tm.user_id = u.id order by 1) as teams,
    (select count(*) from user_task ut where ut.assignee = u.id::text and ut.status in ('open', 'delegated'))::int
      as open_tasks,
    coalesce((select max(tm.capacity) from team_member tm where tm.user_id = u.id), 0)::int as capacity
  from app_user u
  where u.tenant_id = ?::uuid and u.active and 'engineer' = any(u.roles)
    and (?::uuid is null or exists (select 1 from user_project up where up.user_id = u.id and up.project_id = ?::uuid))
  order by u.username`;

export async function loadCandidates(
  em: EntityManager,
  tenantId: string,
  projectId: string | undefined,
): Promise<AssignmentCandidate[]> {
  const rows = await em.execute<CandidateRow[]>(CANDIDATES_SQL, [tenantId, projectId ?? null, projectId ?? null]);
  return rows.map((r) => ({
    id: r.id,
    skills: r.skills,
    teams: r.teams,
    openTasks: r.open_tasks,
    capacity: r.capacity,
    onDuty: r.on_duty,
  }));
}
