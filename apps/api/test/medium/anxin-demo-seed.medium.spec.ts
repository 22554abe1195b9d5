// The demo company of definitions/seed/demo.seed.json on a real database: it applies, and the engineers are
// what the repair-engineer strategy sees (teams by code, skills, on duty) for the ticket's project.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { workspaceRoot } from '@anxin/testing';
import { loadCandidates } from '../../src/modules/dispatch/candidates.query';
import { OrgSeeder } from '../../src/modules/seed/org-seeder.service';
import { parseSeedData } from '../../src/modules/seed/seed-data.schema';
import { startOrgHarness, type OrgHarness } from '../support/org-harness';

describe('the anxin demo company', () => {
  let harness: OrgHarness;

  beforeAll(async () => {
    harness = await startOrgHarness();
    const seed = parseSeedData(
      JSON.parse(readFileSync(path.join(workspaceRoot, 'definitions/seed/demo.seed.json'), 'utf8')),
    );
    await harness.moduleRef.get(OrgSeeder).apply(seed);
  });

  afterAll(async () => {
    await harness.close();
  });

  it('should give the strategy every engineer of sunshine-garden with his team code and skills', async () => {
    // Given the seeded company and its project
    const [company] = await harness.rows<{ id: string }>(`select id from company where code = 'anxin'`);
    const [project] = await harness.rows<{ id: string }>(
      `select id from project where code = 'sunshine-garden' and tenant_id = ?`,
      [company!.id],
    );
    // When the candidates are loaded as the assign action loads them
    const em = harness.moduleRef.get(EntityManager).fork();
    const candidates = await loadCandidates(em, company!.id, project!.id);
    const usernames = await harness.rows<{ id: string; username: string }>(
      'select id::text as id, username from app_user where tenant_id = ?',
      [company!.id],
    );
    const name = (id: string) => usernames.find((u) => u.id === id)?.username;
    // Then each engineer is there, on duty, with his team's code and skills
    expect(candidates.map((c) => ({ user: name(c.id), teams: c.teams, skills: c.skills, onDuty: c.onDuty }))).toEqual([
      { user: 'eng-civil-1', teams: ['team-civil'], skills: ['structural'], onDuty: true },
      { user: 'eng-finish-1', teams: ['team-finish'], skills: ['fit_out'], onDuty: true },
      { user: 'eng-public-1', teams: ['team-public'], skills: ['public_area'], onDuty: true },
      { user: 'eng-we-1', teams: ['team-we'], skills: ['appliance', 'water_electric'], onDuty: true },
      { user: 'eng-we-2', teams: ['team-we'], skills: ['appliance', 'water_electric'], onDuty: true },
    ]);
  });
});
