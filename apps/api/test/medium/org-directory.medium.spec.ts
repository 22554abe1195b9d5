import { AppError } from '../../src/common/errors/app-error';
import { DataScope } from '../../src/common/scope/data-scope.service';
import { OrgDirectory } from '../../src/modules/org/org-directory.service';
import { startOrgHarness, type OrgHarness } from '../support/org-harness';

describe('actors, data scope and the org directory on the demo org model', () => {
  let h: OrgHarness;
  let directory: OrgDirectory;
  let scope: DataScope;
  let projectId: (code: string) => string;

  beforeAll(async () => {
    h = await startOrgHarness();
    directory = h.moduleRef.get(OrgDirectory);
    scope = h.moduleRef.get(DataScope);
    const projects = new Map(
      (await h.rows<{ id: string; code: string }>('select id, code from project')).map((p) => [p.code, p.id]),
    );
    projectId = (code) => projects.get(code) ?? '';
  });

  afterAll(() => h.close());

  it('should load an actor with his roles, projects, teams and units', async () => {
    const engineer = await h.actor('engineer');
    const owner = await h.actor('owner');
    expect(engineer).toMatchObject({ roles: ['engineer'], projectIds: [projectId('lakeside')], unitIds: [] });
    expect(engineer.teamIds).toHaveLength(1);
    // An owner's projects are those of his units
    expect(owner).toMatchObject({ roles: ['owner'], projectIds: [projectId('lakeside')], teamIds: [] });
    expect(owner.unitIds).toHaveLength(1);
  });

  it("should decide visibility of projects and units from the actor's scope", async () => {
    const [unit] = await h.rows<{ id: string; project_id: string }>(
      `select un.id, un.project_id from unit un join project p on p.id = un.project_id
        where p.code = 'lakeside' and un.code = '1-1-102'`,
    );
    const ofUnit = { id: unit?.id ?? '', projectId: unit?.project_id ?? '' };
    // Given lakeside's engineer, hillside's engineer, the lakeside owner of another unit, and the admin
    const verdicts = async (username: string) =>
      h.as(username, () =>
        Promise.resolve({
          lakeside: scope.canSeeProject(projectId('lakeside')),
          hillside: scope.canSeeProject(projectId('hillside')),
          neighboursUnit: scope.canSeeUnit(ofUnit),
          filter: scope.projectFilter(),
        }),
      );
    // Then staff see their projects' units, owners only their own unit, admins everything (no filter)
    expect(await verdicts('engineer')).toEqual({
      lakeside: true,
      hillside: false,
      neighboursUnit: true,
      filter: { projectId: { $in: [projectId('lakeside')] } },
    });
    expect(await verdicts('engineer2')).toMatchObject({ lakeside: false, hillside: true, neighboursUnit: false });
    expect(await verdicts('owner')).toMatchObject({ lakeside: true, hillside: false, neighboursUnit: false });
    expect(await verdicts('admin')).toEqual({ lakeside: true, hillside: true, neighboursUnit: true, filter: {} });
  });

  it('should answer a project outside the scope as NOT_FOUND (scope does not reveal what exists)', async () => {
    const refusal = await h.as('engineer', () => directory.teams(projectId('hillside')).catch((e: unknown) => e));
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ category: 'not-found', code: 'scope.notVisible' });
  });

  it('should walk the manager chain N levels up, and stop at its end', async () => {
    const engineer = await h.actor('engineer');
    const supervisor = await h.actor('supervisor');
    const manager = await h.actor('manager');
    const levelsUp = (n: number) => h.as('admin', () => directory.managerOf(engineer.userId, n));
    expect(await levelsUp(1)).toBe(supervisor.userId);
    expect(await levelsUp(2)).toBe(manager.userId);
    expect(await levelsUp(3)).toBeUndefined();
  });

  it("should never show one tenant's users to the other tenant's admin", async () => {
    const demoUsers = await h.as('admin', () => directory.users(), 'demo');
    const otherUsers = await h.as('admin', () => directory.users(), 'other');
    const demoIds = new Set(demoUsers.items.map((u) => u.id));
    expect(demoUsers.total).toBe(9);
    expect(otherUsers.items.map((u) => u.username).sort()).toEqual(['admin', 'river-engineer']);
    expect(otherUsers.items.some((u) => demoIds.has(u.id))).toBe(false);
  });
});
