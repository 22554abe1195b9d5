import { codesOf, FAST_AUTH_ENV, gql, login, seedFixture } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';

const PROJECTS = '{ projects { id code } }';
const BUILDINGS = 'query($p: ID!) { buildings(projectId: $p) { id projectId code name } }';
const UNITS = 'query($b: ID!) { units(buildingId: $b) { id projectId buildingId code floor } }';

type Building = { id: string; projectId: string; code: string; name: string };
type Unit = { id: string; buildingId: string; code: string; floor: number | null };

describe('location pickers scoped by the caller (buildings, units)', () => {
  let testApp: TestApp;
  let baseUrl: string;
  const tokens: Record<string, string> = {};
  const project: Record<string, string> = {};
  /** `<project>/<building code>` → id, as the demo admin reads them. */
  const building: Record<string, string> = {};

  const buildings = (who: string, projectId: string) =>
    gql<{ buildings: Building[] }>(baseUrl, BUILDINGS, { token: tokens[who] ?? '', variables: { p: projectId } });
  const units = (who: string, buildingId: string) =>
    gql<{ units: Unit[] }>(baseUrl, UNITS, { token: tokens[who] ?? '', variables: { b: buildingId } });

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
    baseUrl = testApp.baseUrl;
    await seedFixture(testApp, 'other-tenant');
    for (const name of ['engineer', 'engineer2', 'agent', 'owner']) tokens[name] = (await login(baseUrl, name)).token;
    tokens['admin'] = (await login(baseUrl, 'admin', { tenant: 'demo' })).token;
    tokens['otherAdmin'] = (await login(baseUrl, 'admin', { tenant: 'other', password: 'other-admin-pw' })).token;
    for (const admin of ['admin', 'otherAdmin']) {
      const projects = await gql<{ projects: { id: string; code: string }[] }>(baseUrl, PROJECTS, {
        token: tokens[admin] ?? '',
      });
      for (const p of projects.data?.projects ?? []) {
        project[p.code] = p.id;
        for (const b of (await buildings(admin, p.id)).data?.buildings ?? []) building[`${p.code}/${b.code}`] = b.id;
      }
    }
  });

  afterAll(() => testApp?.close());

  it("should give staff every building and unit of their projects, in order, with their parents' ids", async () => {
    // When lakeside's engineer lists lakeside's buildings, then both, with the project's id
    const lakeside = await buildings('engineer', project['lakeside']!);
    expect(lakeside.data?.buildings).toEqual([
      { id: building['lakeside/1'], projectId: project['lakeside'], code: '1', name: '1 幢' },
      { id: building['lakeside/2'], projectId: project['lakeside'], code: '2', name: '2 幢' },
    ]);
    // When he lists the units of building 1, then its four units by floor, with the building's id
    const inOne = await units('engineer', building['lakeside/1']!);
    expect(inOne.data?.units.map((u) => [u.code, u.floor, u.buildingId])).toEqual([
      ['1-1-101', 1, building['lakeside/1']],
      ['1-1-102', 1, building['lakeside/1']],
      ['1-1-201', 2, building['lakeside/1']],
      ['1-1-202', 2, building['lakeside/1']],
    ]);
    // And the agent of both projects reads hillside's too
    expect((await buildings('agent', project['hillside']!)).data?.buildings.map((b) => b.code)).toEqual(['1']);
  });

  it('should give an owner only the building of his unit and his unit, and nothing of his neighbours', async () => {
    // Given the owner of lakeside's 1-1-101
    // When he lists lakeside's buildings, then only building 1 (building 2 holds none of his units)
    expect((await buildings('owner', project['lakeside']!)).data?.buildings.map((b) => b.code)).toEqual(['1']);
    // When he lists building 1's units, then only his own
    expect((await units('owner', building['lakeside/1']!)).data?.units.map((u) => u.code)).toEqual(['1-1-101']);
    // When he asks for building 2's units or hillside's buildings, then they do not exist for him
    expect(codesOf(await units('owner', building['lakeside/2']!))).toEqual(['NOT_FOUND']);
    expect(codesOf(await buildings('owner', project['hillside']!))).toEqual(['NOT_FOUND']);
  });

  it("should refuse another project's and another tenant's buildings and units as NOT_FOUND", async () => {
    // When lakeside's engineer asks for hillside, and hillside's engineer for lakeside's building
    expect(codesOf(await buildings('engineer', project['hillside']!))).toEqual(['NOT_FOUND']);
    expect(codesOf(await units('engineer2', building['lakeside/1']!))).toEqual(['NOT_FOUND']);
    // When the demo admin (who sees his whole tenant) asks for the other tenant's project and building, and back
    expect(codesOf(await buildings('admin', project['riverside']!))).toEqual(['NOT_FOUND']);
    expect(codesOf(await units('admin', building['riverside/8']!))).toEqual(['NOT_FOUND']);
    expect(codesOf(await buildings('otherAdmin', project['lakeside']!))).toEqual(['NOT_FOUND']);
    expect(codesOf(await units('otherAdmin', building['lakeside/1']!))).toEqual(['NOT_FOUND']);
    // Then nothing of the other side leaked: a project id is no building either
    expect(codesOf(await units('admin', project['lakeside']!))).toEqual(['NOT_FOUND']);
  });

  it('should answer BAD_USER_INPUT for an id that is no UUID and UNAUTHENTICATED without a token', async () => {
    const malformed = await buildings('admin', 'lakeside');
    expect(codesOf(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ field: 'projectId' });
    expect(codesOf(await units('admin', '1'))).toEqual(['BAD_USER_INPUT']);
    const anonymous = await gql(baseUrl, BUILDINGS, { token: '', variables: { p: project['lakeside'] } });
    expect(codesOf(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});
