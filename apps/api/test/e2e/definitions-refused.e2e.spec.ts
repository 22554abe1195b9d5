import { Client } from 'pg';
import {
  definitionsApi,
  parsingFixture,
  VALID_DEFINITIONS,
  type DefinitionInput,
  type Problem,
} from '../support/definitions-api';
import { codesOf, FAST_AUTH_ENV, login } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';

type Api = ReturnType<typeof definitionsApi>;

const form = (fields: unknown[], key = 'broken-form') => JSON.stringify({ key, title: '报修', fields });

/** Invalid definitions, the problem each must at least report, by name. */
const INVALID: [string, DefinitionInput, Partial<Problem>][] = [
  [
    'BPMN whose gateway flow has no condition',
    { kind: 'PROCESS', key: 'gateway', content: parsingFixture('gateway-missing-condition.bpmn') },
    { code: 'gateway.missingCondition', elementId: 'f-small' },
  ],
  [
    'malformed XML',
    { kind: 'PROCESS', key: 'half', content: '<bpmn:definitions><bpmn:process' },
    { code: 'xml.unreadable' },
  ],
  [
    'BPMN whose process id is not the key',
    { ...VALID_DEFINITIONS.PROCESS, key: 'other-process' },
    { code: 'key.mismatch', elementId: 'three-branches' },
  ],
  [
    'a form with a rule on an unknown field',
    {
      kind: 'FORM',
      key: 'broken-form',
      content: form([{ key: 'a', type: 'text', label: 'A', visibleIf: { var: 'nope' } }]),
    },
    { code: 'UNDECLARED_VARIABLE', path: '/fields/0/visibleIf/var' },
  ],
  [
    'a form naming a dictionary that is not deployed',
    {
      kind: 'FORM',
      key: 'broken-form',
      content: form([{ key: 'c', type: 'select', label: 'C', optionsFrom: { dictionary: 'no-such-dictionary' } }]),
    },
    { code: 'UNKNOWN_DICTIONARY', path: '/fields/0/optionsFrom/dictionary' },
  ],
  [
    'a form whose key is not the key',
    { kind: 'FORM', key: 'broken-form', content: form([], 'another-form') },
    { code: 'key.mismatch', path: '/key' },
  ],
  [
    'a decision table without rules',
    { kind: 'DECISION_TABLE', key: 'empty', content: JSON.stringify({ key: 'empty', hitPolicy: 'FIRST' }) },
    { code: 'TABLE_INVALID', path: '/rules' },
  ],
  [
    'a dictionary listing a value twice',
    {
      kind: 'DICTIONARY',
      key: 'sizes',
      content: JSON.stringify({
        key: 'sizes',
        name: '尺寸',
        items: [
          { value: 's', label: '小' },
          { value: 's', label: '大' },
        ],
      }),
    },
    { code: 'DUPLICATE_OPTION', path: '/items/1/value' },
  ],
  ['malformed JSON', { kind: 'CALENDAR', key: 'half', content: '{"key": "half", ' }, { code: 'json.malformed' }],
  [
    'a report of a dataset that is not deployed',
    { kind: 'REPORT', key: 'tickets', content: '{"key": "tickets", "dataset": "nope"}' },
    { code: 'UNKNOWN_DATASET', path: '/dataset' },
  ],
  ['a data set that is a JSON list', { kind: 'DATASET', key: 'tickets', content: '[]' }, { code: 'INVALID_PROPERTY' }],
];

describe('definitions: refused', () => {
  let testApp: TestApp;
  let sql: Client;
  let designer: Api;
  let admin: Api;

  const storedCount = async () => Number((await sql.query('select count(*) from definition')).rows[0].count);

  beforeAll(async () => {
    testApp = await startTestApp({ ...FAST_AUTH_ENV, DEFINITION_MAX_BYTES: '4096' });
    sql = new Client({ connectionString: testApp.database.url });
    await sql.connect();
    designer = definitionsApi(testApp.baseUrl, (await login(testApp.baseUrl, 'designer')).token);
    admin = definitionsApi(testApp.baseUrl, (await login(testApp.baseUrl, 'admin')).token);
  });

  afterAll(async () => {
    await sql?.end();
    await testApp?.close();
  });

  it.each(INVALID)(
    'should refuse %s with DEFINITION_INVALID and its problems, storing nothing',
    async (_, input, expected) => {
      // Given an invalid definition
      // When the designer deploys it
      const result = await designer.deploy(input);
      // Then it is DEFINITION_INVALID, each problem has a path, a code and a message, and nothing is stored
      expect(result.data).toBeNull();
      expect(codesOf(result)).toEqual(['DEFINITION_INVALID']);
      const problems = result.errors?.[0]?.extensions?.['problems'] as Problem[];
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem).toEqual(
          expect.objectContaining({ path: expect.any(String), code: expect.any(String), message: expect.any(String) }),
        );
      }
      expect(problems).toContainEqual(expect.objectContaining(expected));
      expect(await storedCount()).toBe(0);
    },
  );

  it.each(INVALID)(
    'should list the problems of %s from validateDefinition without an error',
    async (_, input, expected) => {
      // Given an invalid definition
      // When the designer validates it
      const result = await designer.validate(input);
      // Then the problems come as data, errors among them
      expect(result.errors).toBeUndefined();
      expect(result.data?.validateDefinition).toContainEqual(
        expect.objectContaining({ ...expected, severity: 'error' }),
      );
    },
  );

  it('should accept a form naming a dictionary once that dictionary is deployed', async () => {
    // Given a form whose select takes its options from the dictionary "sizes"
    const sizes = { kind: 'DICTIONARY', key: 'sizes', content: '{"key":"sizes","name":"尺寸","items":[]}' } as const;
    const sized = {
      kind: 'FORM',
      key: 'sized',
      content: form([{ key: 'c', type: 'select', label: 'C', optionsFrom: { dictionary: 'sizes' } }], 'sized'),
    } as const;
    const before = await designer.validate(sized);
    // When the dictionary is deployed and the form validated again
    await admin.deploy(sizes);
    const after = await designer.validate(sized);
    // Then the unknown dictionary is reported before, and nothing after
    expect(before.data?.validateDefinition.map((p) => p.code)).toEqual(['UNKNOWN_DICTIONARY']);
    expect(after.data?.validateDefinition).toEqual([]);
    await sql.query(`delete from definition`);
  });

  it('should refuse content over DEFINITION_MAX_BYTES with BAD_USER_INPUT before reading it, storing nothing', async () => {
    // Given a report of 5000 bytes, with the limit at 4096
    const content = JSON.stringify({ key: 'big', padding: 'x'.repeat(5000) });
    // When the designer validates and deploys it
    const validated = await designer.validate({ kind: 'REPORT', key: 'big', content });
    const deployed = await designer.deploy({ kind: 'REPORT', key: 'big', content });
    // Then both are BAD_USER_INPUT naming the limit, and nothing is stored
    for (const result of [validated, deployed]) {
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions).toMatchObject({ reason: 'definition.tooLarge', field: 'input.content' });
      expect(result.errors?.[0]?.message).toMatch(/4096/);
    }
    expect(await storedCount()).toBe(0);
  });

  it('should refuse a key that is not kebab-case with BAD_USER_INPUT', async () => {
    // When the designer deploys under the key "Repair Form"
    const result = await designer.deploy({ ...VALID_DEFINITIONS.REPORT, key: 'Repair Form' });
    // Then it is BAD_USER_INPUT on input.key
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions).toMatchObject({ reason: 'input.invalid', field: 'input.key' });
  });

  it.each(['engineer', 'owner', 'agent'])(
    'should refuse %s validating or deploying with FORBIDDEN',
    async (username) => {
      // Given a signed-in user who is neither admin nor designer
      const api = definitionsApi(testApp.baseUrl, (await login(testApp.baseUrl, username)).token);
      // When he validates and deploys a valid definition
      const validated = await api.validate(VALID_DEFINITIONS.FORM);
      const deployed = await api.deploy(VALID_DEFINITIONS.FORM);
      // Then both are FORBIDDEN and nothing is stored
      expect(codesOf(validated)).toEqual(['FORBIDDEN']);
      expect(codesOf(deployed)).toEqual(['FORBIDDEN']);
      expect(await storedCount()).toBe(0);
    },
  );

  it('should audit a refused deploy with its error code', async () => {
    // Given the refused deploys above, when reading their audit rows
    const { rows } = await sql.query<{ outcome: string }>(
      `select distinct outcome from audit_log where operation = 'deployDefinition' order by outcome`,
    );
    // Then invalid content and the size limit are both recorded (FORBIDDEN is refused by a guard before the resolver)
    expect(rows.map((r) => r.outcome)).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'DEFINITION_INVALID']));
    expect(rows.map((r) => r.outcome)).not.toContain('FORBIDDEN');
  });
});
