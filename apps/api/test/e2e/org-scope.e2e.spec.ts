import { codesOf, FAST_AUTH_ENV, gql, login, seedFixture } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';

const PROJECTS = '{ projects { id code name } }';
const TEAMS = '{ teams { name projectId members { displayName lead } } }';
const USERS = `query Users($filter: UserFilter, $page: PageInput) {
  users(filter: $filter, page: $page) { total items { username roles projectIds } }
}`;

type ProjectsData = { projects: { id: string; code: string }[] };
type UsersData = { users: { total: number; items: { username: string; roles: string[] }[] } };

describe('pickers scoped by the caller (projects, teams, users)', () => {
  let testApp: TestApp;
  let baseUrl: string;
  const tokens: Record<string, string> = {};

  const codes = async (username: string) =>
    ((await gql<ProjectsData>(baseUrl, PROJECTS, { token: tokens[username] ?? '' })).data?.projects ?? [])
      .map((p) => p.code)
      .sort();
  const usernames = async (username: string, variables: Record<string, unknown> = {}) =>
    ((await gql<UsersData>(baseUrl, USERS, { token: tokens[username] ?? '', variables })).data?.users.items ?? [])
      .map((u) => u.username)
      .sort();

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
    baseUrl = testApp.baseUrl;
    await seedFixture(testApp, 'other-tenant');
    for (const name of ['engineer', 'engineer2', 'supervisor', 'owner', 'agent'])
      tokens[name] = (await login(baseUrl, name)).token;
    tokens['admin'] = (await login(baseUrl, 'admin', { tenant: 'demo' })).token;
    tokens['otherAdmin'] = (await login(baseUrl, 'admin', { tenant: 'other', password: 'other-admin-pw' })).token;
    tokens['riverEngineer'] = (await login(baseUrl, 'river-engineer', { password: 'river-engineer-pw' })).token;
  });

  afterAll(() => testApp?.close());

  it("should show each user only his projects; admins their tenant's; never another tenant's", async () => {
    // Given lakeside's engineer, hillside's engineer, a supervisor of both, an owner in lakeside and two admins
    // When each lists the projects, then each sees his own scope and nothing of the other tenant
    expect(await codes('engineer')).toEqual(['lakeside']);
    expect(await codes('engineer2')).toEqual(['hillside']);
    expect(await codes('supervisor')).toEqual(['hillside', 'lakeside']);
    expect(await codes('owner')).toEqual(['lakeside']);
    expect(await codes('admin')).toEqual(['hillside', 'lakeside']);
    expect(await codes('otherAdmin')).toEqual(['riverside']);
    expect(await codes('riverEngineer')).toEqual(['riverside']);
  });

  it("should list the teams of the caller's projects with their members, and refuse another project's", async () => {
    // When lakeside's engineer lists teams, then only lakeside's team, with him as its lead
    const teams = await gql<{ teams: { name: string; members: { displayName: string; lead: boolean }[] }[] }>(
      baseUrl,
      TEAMS,
      { token: tokens['engineer'] ?? '' },
    );
    expect(teams.data?.teams).toEqual([
      expect.objectContaining({ name: '绿湖苑维修组', members: [{ displayName: '张伟（工程师）', lead: true }] }),
    ]);
    // When he asks for hillside's teams by id, then that project does not exist for him
    const hillside = (await gql<ProjectsData>(baseUrl, PROJECTS, { token: tokens['admin'] ?? '' })).data?.projects.find(
      (p) => p.code === 'hillside',
    );
    const refused = await gql(baseUrl, 'query($p: ID) { teams(projectId: $p) { id } }', {
      token: tokens['engineer'] ?? '',
      variables: { p: hillside?.id },
    });
    expect(codesOf(refused)).toEqual(['NOT_FOUND']);
  });

  it('should list users sharing a project with the caller, admins all of their tenant, and nobody of another', async () => {
    // When lakeside's engineer lists users, then lakeside's staff and owner, not hillside's engineer nor the admin
    expect(await usernames('engineer')).toEqual([
      'agent',
      'designer',
      'engineer',
      'finance',
      'manager',
      'owner',
      'supervisor',
    ]);
    expect(await usernames('engineer2')).not.toContain('engineer');
    // When the demo admin lists users, then every demo user and none of the other tenant's
    expect(await usernames('admin')).toEqual([
      'admin',
      'agent',
      'designer',
      'engineer',
      'engineer2',
      'finance',
      'manager',
      'owner',
      'supervisor',
    ]);
    expect(await usernames('otherAdmin')).toEqual(['admin', 'river-engineer']);
  });

  it('should filter users by role and search text and page them', async () => {
    // When the agent looks for engineers, and for "张", and pages through everyone two at a time
    expect(await usernames('agent', { filter: { role: 'ENGINEER' } })).toEqual(['engineer', 'engineer2']);
    expect(await usernames('agent', { filter: { search: '张' } })).toEqual(['engineer']);
    const page = await gql<UsersData>(baseUrl, USERS, {
      token: tokens['agent'] ?? '',
      variables: { page: { offset: 0, limit: 2 } },
    });
    // Then the filters apply and the page says how many there are in all
    const pastTheEnd = await gql<UsersData>(baseUrl, USERS, {
      token: tokens['agent'] ?? '',
      variables: { page: { offset: 100, limit: 2 } },
    });
    expect(page.data?.users.items).toHaveLength(2);
    expect(page.data?.users.total).toBeGreaterThan(2);
    expect(pastTheEnd.data?.users).toEqual({ items: [], total: page.data?.users.total });
  });

  it('should refuse the staff pickers to owners (FORBIDDEN)', async () => {
    const users = await gql(baseUrl, USERS, { token: tokens['owner'] ?? '' });
    const teams = await gql(baseUrl, TEAMS, { token: tokens['owner'] ?? '' });
    expect(codesOf(users)).toEqual(['FORBIDDEN']);
    expect(codesOf(teams)).toEqual(['FORBIDDEN']);
  });

  it('should answer BAD_USER_INPUT for an id that is no UUID', async () => {
    const result = await gql(baseUrl, 'query { teams(projectId: "lakeside") { id } }', {
      token: tokens['admin'] ?? '',
    });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'projectId' });
  });
});
