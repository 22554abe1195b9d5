import { Client } from 'pg';
import { changed, definitionsApi, VALID_DEFINITIONS, type KindName } from '../support/definitions-api';
import { codesOf, FAST_AUTH_ENV, login } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';

type Api = ReturnType<typeof definitionsApi>;

describe('definitions: deploy and read', () => {
  let testApp: TestApp;
  let sql: Client;
  let designer: Api;
  let designerId: string;
  let engineer: Api;
  let owner: Api;

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
    sql = new Client({ connectionString: testApp.database.url });
    await sql.connect();
    const session = await login(testApp.baseUrl, 'designer');
    designerId = session.userId;
    designer = definitionsApi(testApp.baseUrl, session.token);
    engineer = definitionsApi(testApp.baseUrl, (await login(testApp.baseUrl, 'engineer')).token);
    owner = definitionsApi(testApp.baseUrl, (await login(testApp.baseUrl, 'owner')).token);
  });

  afterAll(async () => {
    await sql?.end();
    await testApp?.close();
  });

  const kinds = Object.keys(VALID_DEFINITIONS) as KindName[];

  it.each(kinds)('should version a valid %s: 1, the same again for identical content, 2 when changed', async (kind) => {
    // Given a valid definition of the kind
    const input = VALID_DEFINITIONS[kind];
    // When the designer validates it, deploys it, deploys it again, then deploys a changed version
    const problems = await designer.validate(input);
    const first = await designer.deploy(input);
    const again = await designer.deploy(input);
    const second = await designer.deploy(changed(input));
    // Then it has no errors, the first deploy is version 1, the repeat is that same version, the change version 2
    expect(problems.errors).toBeUndefined();
    expect((problems.data?.validateDefinition ?? []).filter((p) => p.severity === 'error')).toEqual([]);
    expect(first.errors).toBeUndefined();
    expect(first.data?.deployDefinition).toMatchObject({
      key: input.key,
      kind,
      version: 1,
      created: true,
      createdBy: designerId,
      checksum: expect.stringMatching(/^[0-9a-f]{64}$/),
      createdAt: expect.any(String),
    });
    expect(again.data?.deployDefinition).toMatchObject({ id: first.data?.deployDefinition.id, created: false });
    expect(second.data?.deployDefinition).toMatchObject({ version: 2, created: true });
  });

  it.each(kinds)('should list the latest %s per key and read each version with its content', async (kind) => {
    // Given the two versions deployed above
    const input = VALID_DEFINITIONS[kind];
    // When reading the list, the latest version, version 1 and every version
    const list = await designer.list(kind);
    const latest = await designer.one(kind, input.key);
    const first = await designer.one(kind, input.key, 1);
    const versions = await designer.versions(kind, input.key);
    // Then the list holds version 2 only, the latest is version 2 with the changed content, version 1 the original
    expect(list.data?.definitions).toEqual([expect.objectContaining({ key: input.key, kind, version: 2 })]);
    expect(latest.data?.definition).toMatchObject({ version: 2, content: changed(input).content });
    expect(first.data?.definition).toMatchObject({ version: 1, content: input.content });
    expect(versions.data?.definitionVersions.map((v) => [v.version, v.content])).toEqual([
      [2, changed(input).content],
      [1, input.content],
    ]);
  });

  it('should list one key only when a key is given, and nothing for an unknown key', async () => {
    // Given a second form
    const other = { ...VALID_DEFINITIONS.FORM, key: 'service-rating-copy' };
    await designer.deploy({ ...other, content: other.content.replace('"service-rating"', '"service-rating-copy"') });
    // When listing every form, one key, and an unknown key
    const all = await designer.list('FORM');
    const one = await designer.list('FORM', 'service-rating-copy');
    const none = await designer.list('FORM', 'no-such-form');
    // Then the forms come by key, the key filter keeps one, and the unknown key lists nothing
    expect(all.data?.definitions.map((d) => [d.key, d.version])).toEqual([
      ['service-rating', 2],
      ['service-rating-copy', 1],
    ]);
    expect(one.data?.definitions.map((d) => d.key)).toEqual(['service-rating-copy']);
    expect(none.data?.definitions).toEqual([]);
  });

  it("should add a version, not return the old one, when an older version's content is deployed again", async () => {
    // Given a dashboard at version 2 (changed content), deployed above
    const input = VALID_DEFINITIONS.DASHBOARD;
    // When version 1's content is deployed again
    const rollback = await designer.deploy(input);
    const latest = await designer.one('DASHBOARD', input.key);
    // Then it is version 3, and the latest content is version 1's
    expect(rollback.data?.deployDefinition).toMatchObject({ version: 3, created: true });
    expect(latest.data?.definition).toMatchObject({ version: 3, content: input.content });
  });

  it('should answer NOT_FOUND for an unknown key or version', async () => {
    // When reading a definition that was never deployed, and a version that does not exist
    const unknownKey = await designer.one('PROCESS', 'no-such-process');
    const unknownVersion = await designer.one('PROCESS', 'three-branches', 9);
    // Then both are NOT_FOUND, with no data
    expect(codesOf(unknownKey)).toEqual(['NOT_FOUND']);
    expect(codesOf(unknownVersion)).toEqual(['NOT_FOUND']);
    expect(unknownKey.data).toBeNull();
  });

  it('should let every staff role read every kind', async () => {
    // When the engineer reads a process and a decision table
    const process = await engineer.one('PROCESS', 'three-branches');
    const tables = await engineer.list('DECISION_TABLE');
    // Then he gets them
    expect(process.data?.definition.version).toBe(2);
    expect(tables.data?.definitions).toHaveLength(1);
  });

  it('should let an owner read forms and dictionaries but not processes or tables', async () => {
    // When the owner reads a form, the dictionaries, a process and the decision tables
    const form = await owner.one('FORM', 'service-rating');
    const dictionaries = await owner.list('DICTIONARY');
    const process = await owner.one('PROCESS', 'three-branches');
    const tables = await owner.list('DECISION_TABLE');
    // Then the form and the dictionaries come, the others are FORBIDDEN
    expect(form.data?.definition.content).toContain('service-rating');
    expect(dictionaries.data?.definitions.map((d) => d.key)).toEqual(['repair-category']);
    expect(codesOf(process)).toEqual(['FORBIDDEN']);
    expect(codesOf(tables)).toEqual(['FORBIDDEN']);
  });

  it('should audit every deploy with the version as target and the kind and key in the summary', async () => {
    // Given the deploys above (three per kind), when reading their audit rows
    const { rows } = await sql.query<{
      actor_id: string;
      target_id: string;
      summary: { input: object };
      outcome: string;
    }>(`select actor_id, target_id, summary, outcome from audit_log where operation = 'deployDefinition' order by at`);
    const [first] = (await designer.versions('PROCESS', 'three-branches')).data?.definitionVersions.slice(-1) ?? [];
    // Then each names the designer, the version deployed, its kind and key, and the outcome
    expect(rows.length).toBeGreaterThanOrEqual(3 * kinds.length);
    expect(rows).toContainEqual({
      actor_id: designerId,
      target_id: first?.id,
      outcome: 'ok',
      summary: { input: expect.objectContaining({ kind: 'process', key: 'three-branches' }) },
    });
  });
});
