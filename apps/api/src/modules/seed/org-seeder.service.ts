import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Building, Company, OwnerUnit, Project, Team, TeamMember, Unit, User, UserProject } from '@anxin/persistence';
import { SystemDatabase } from '../../common/database/system-database.service';
import { PasswordHasher } from '../auth/password-hasher.service';
import type { SeedData, SeedTenant } from './seed-data.schema';

export interface SeedReport {
  readonly created: string[];
  /** Tenants whose code already existed (left as they are). */
  readonly skipped: string[];
}

/** Same key in every process: replicas starting together seed once. */
const SEED_LOCK = 'anxin:seed';

/**
 * Creates tenants from seed data, each complete in one transaction; a tenant whose code exists is skipped, so
 * applying the same data twice changes nothing. System work (a new tenant has no actor yet).
 */
@Injectable()
export class OrgSeeder {
  constructor(
    private readonly system: SystemDatabase,
    private readonly passwords: PasswordHasher,
  ) {}

  /** With `onlyIfEmpty`, nothing happens unless the database has no tenant at all. */
  async apply(data: SeedData, options: { onlyIfEmpty?: boolean } = {}): Promise<SeedReport> {
    const report: SeedReport = { created: [], skipped: [] };
    for (const tenant of data.tenants) {
      const hashes = new Map(
        await Promise.all(tenant.users.map(async (u) => [u.username, await this.passwords.hash(u.password)] as const)),
      );
      const created = await this.system.transaction(async (em) => {
        await em.execute('select pg_advisory_xact_lock(hashtext(?))', [SEED_LOCK]);
        if (options.onlyIfEmpty && (await em.count(Company, {})) > 0) return false;
        if ((await em.count(Company, { code: tenant.code })) > 0) return false;
        await createTenant(em, tenant, hashes);
        return true;
      });
      (created ? report.created : report.skipped).push(tenant.code);
    }
    return report;
  }
}

/** Ids handed out while creating one tenant, by seed key. */
interface SeedIds {
  readonly tenantId: string;
  readonly now: Date;
  readonly projects: Map<string, string>;
  /** Key `<project>/<building>/<unit>`. */
  readonly units: Map<string, string>;
  readonly users: Map<string, string>;
}

const idOf = (map: Map<string, string>, key: string) => map.get(key) ?? '';

async function createTenant(em: EntityManager, seed: SeedTenant, hashes: Map<string, string>): Promise<void> {
  const ids: SeedIds = {
    tenantId: randomUUID(),
    now: new Date(),
    projects: new Map(),
    units: new Map(),
    users: new Map(seed.users.map((u) => [u.username, randomUUID()])),
  };
  em.create(Company, { id: ids.tenantId, code: seed.code, name: seed.name, createdAt: ids.now });
  createProjects(em, seed, ids);
  createUsers(em, seed, ids, hashes);
  await em.flush();
  // Managers in a second pass: the manager may come later in the list (a self-reference).
  for (const u of seed.users) {
    if (u.manager)
      await em.nativeUpdate(User, { id: idOf(ids.users, u.username) }, { managerId: idOf(ids.users, u.manager) });
  }
  createTeams(em, seed, ids);
  await em.flush();
}

function createProjects(em: EntityManager, seed: SeedTenant, ids: SeedIds): void {
  const { tenantId } = ids;
  for (const p of seed.projects) {
    const projectId = randomUUID();
    ids.projects.set(p.code, projectId);
    em.create(Project, { id: projectId, tenantId, code: p.code, name: p.name, city: p.city, createdAt: ids.now });
    for (const b of p.buildings) {
      const buildingId = randomUUID();
      em.create(Building, { id: buildingId, tenantId, projectId, code: b.code, name: b.name });
      for (const u of b.units) {
        const unitId = randomUUID();
        ids.units.set(`${p.code}/${b.code}/${u.code}`, unitId);
        em.create(Unit, {
          id: unitId,
          tenantId,
          projectId,
          buildingId,
          code: u.code,
          floor: u.floor,
          unitType: u.type,
        });
      }
    }
  }
}

function createUsers(em: EntityManager, seed: SeedTenant, ids: SeedIds, hashes: Map<string, string>): void {
  const { tenantId } = ids;
  for (const u of seed.users) {
    const userId = idOf(ids.users, u.username);
    em.create(User, {
      id: userId,
      tenantId,
      username: u.username,
      passwordHash: idOf(hashes, u.username),
      displayName: u.displayName,
      phone: u.phone,
      roles: [...u.roles],
      active: u.active,
      onDuty: u.onDuty,
      createdAt: ids.now,
    });
    for (const p of u.projects) em.create(UserProject, { userId, projectId: idOf(ids.projects, p), tenantId });
    for (const r of u.units) {
      em.create(OwnerUnit, { userId, unitId: idOf(ids.units, `${r.project}/${r.building}/${r.unit}`), tenantId });
    }
  }
}

function createTeams(em: EntityManager, seed: SeedTenant, ids: SeedIds): void {
  const { tenantId } = ids;
  for (const t of seed.teams) {
    const teamId = randomUUID();
    const projectId = t.project ? idOf(ids.projects, t.project) : undefined;
    em.create(Team, {
      id: teamId,
      tenantId,
      projectId,
      name: t.name,
      code: t.code,
      skills: t.skills,
      capacity: t.capacity,
      createdAt: ids.now,
    });
    for (const m of t.members) {
      const userId = idOf(ids.users, m.user);
      em.create(TeamMember, { teamId, userId, tenantId, skills: m.skills, capacity: m.capacity, lead: m.lead });
    }
  }
}
