import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSeedData, type SeedTenant } from '../seed-data.schema';

const root = path.join(__dirname, '../../../../../../');
const readJson = (relative: string) => JSON.parse(readFileSync(path.join(root, relative), 'utf8')) as unknown;

interface DispatchTable {
  rules: { then: { team: string | null; skill: string | null } }[];
}

describe('definitions/seed/demo.seed.json', () => {
  let company: SeedTenant;

  beforeAll(() => {
    const data = parseSeedData(readJson('definitions/seed/demo.seed.json'));
    expect(data.tenants).toHaveLength(1);
    company = data.tenants[0]!;
  });

  it('should be company anxin with its two projects and the documented users, all with password anxin123', () => {
    expect(company.code).toBe('anxin');
    expect(company.projects.map((p) => p.code)).toEqual(['sunshine-garden', 'riverside-one']);
    expect(company.users.map((u) => u.username).sort()).toEqual(
      [
        'admin',
        'designer',
        'agent',
        'supervisor',
        'manager',
        'manager2',
        'finance1',
        'finance2',
        'owner-1',
        'owner-2',
        'eng-we-1',
        'eng-we-2',
        'eng-civil-1',
        'eng-finish-1',
        'eng-public-1',
      ].sort(),
    );
    expect(new Set(company.users.map((u) => u.password))).toEqual(new Set(['anxin123']));
  });

  it('should make owner-1 the owner of unit 1-101 of sunshine-garden with phone 13800000001', () => {
    const owner = company.users.find((u) => u.username === 'owner-1');
    expect(owner).toMatchObject({
      roles: ['owner'],
      phone: '13800000001',
      units: [{ project: 'sunshine-garden', building: '1', unit: '1-101' }],
    });
  });

  it('should put both finance users and both managers on sunshine-garden, and the engineers under the supervisor', () => {
    const on = (role: string) =>
      company.users.filter((u) => u.roles.includes(role as never) && u.projects.includes('sunshine-garden'));
    expect(on('finance').map((u) => u.username)).toEqual(['finance1', 'finance2']);
    expect(on('manager').map((u) => u.username)).toEqual(['manager', 'manager2']);
    const engineers = company.users.filter((u) => u.roles.includes('engineer'));
    expect(engineers.every((u) => u.manager === 'supervisor' && u.onDuty)).toBe(true);
  });

  it('should have a team with the skill of every team and skill the repair-dispatch table names', () => {
    // Given the table's category rows; then each team code exists and has the skill, with an engineer in it
    const table = readJson('definitions/decisions/repair-dispatch.decision.json') as DispatchTable;
    const routes = table.rules.flatMap((r) => (r.then.team && r.then.skill ? [r.then] : []));
    expect(routes).toHaveLength(5);
    for (const { team, skill } of routes) {
      const found = company.teams.find((t) => t.code === team);
      expect({ team, skills: found?.skills.includes(skill!), members: found?.members.length }).toEqual({
        team,
        skills: true,
        members: expect.any(Number),
      });
      expect(found!.members.length).toBeGreaterThan(0);
    }
  });
});
