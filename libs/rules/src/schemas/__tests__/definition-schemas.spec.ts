// Validates the JSON Schemas of this library's definition formats, their examples, and the shipped definitions.
// ajv is not a direct dependency of the workspace yet (it is installed through @nx/vite); see docs/definitions/rules.md.
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { checkAssignmentStrategy } from '../../assignment/check-assignment-strategy';
import { checkCalendar } from '../../calendar/check-calendar';
import { checkTable } from '../../decision-table/check-table';
import { join } from 'node:path';

const root = join(__dirname, '../../../../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;

const schemas = {
  'decision-table': readJson('definitions/schemas/decision-table.schema.json') as { examples: unknown[] },
  assignment: readJson('definitions/schemas/assignment.schema.json') as { examples: unknown[] },
  calendar: readJson('definitions/schemas/calendar.schema.json') as { examples: unknown[] },
};

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
const validators = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]));

function validate(name: keyof typeof schemas, document: unknown): string[] {
  const validator = validators[name];
  if (validator === undefined) throw new Error(`no schema ${name}`);
  return validator(document) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('definition JSON Schemas (draft 2020-12)', () => {
  it.each(Object.keys(schemas) as (keyof typeof schemas)[])('should accept the examples of the %s schema', (name) => {
    // given the examples a schema documents
    const { examples } = schemas[name];

    // when they are validated against it
    // then each is valid
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.flatMap((example) => validate(name, example))).toEqual([]);
  });

  it.each([
    ['decision-table', 'libs/rules/src/decision-table/__tests__/fixtures/dispatch-team.decision-table.json'],
    ['decision-table', 'libs/rules/src/decision-table/__tests__/fixtures/response-target.decision-table.json'],
    ['assignment', 'libs/rules/src/assignment/__tests__/fixtures/repair-dispatch.assignment.json'],
    ['calendar', 'definitions/calendars/cn-workdays.calendar.json'],
  ] as const)('should accept the %s document %s', (name, path) => {
    // given a fixture or a shipped definition
    // when it is validated
    // then it is valid
    expect(validate(name, readJson(path))).toEqual([]);
  });

  it.each([
    ['decision-table', { key: 'x', hitPolicy: 'FIRST', inputs: [], outputs: [{ id: 'o' }], rules: [] }],
    [
      'decision-table',
      {
        key: 'x',
        hitPolicy: 'FIRST',
        aggregation: 'SUM',
        inputs: [{ id: 'i', expression: 1, type: 'number' }],
        outputs: [{ id: 'o' }],
        rules: [],
      },
    ],
    [
      'decision-table',
      {
        key: 'x',
        hitPolicy: 'UNIQUE',
        inputs: [{ id: 'i', expression: 1, type: 'number' }],
        outputs: [{ id: 'o' }],
        rules: [{ id: 'r', when: { i: { range: { gt: 1, gte: 2 } } }, then: {} }],
      },
    ],
    [
      'assignment',
      {
        key: 'x',
        steps: [{ type: 'requireSkills', skills: ['a'], skillsRule: { var: 's' } }],
        fallback: { policy: 'leaveUnassigned' },
      },
    ],
    ['assignment', { key: 'x', steps: [], fallback: { policy: 'assignTo' } }],
    ['assignment', { key: 'x', steps: [{ type: 'leastLoaded', soft: true }], fallback: { policy: 'escalate' } }],
    ['calendar', { key: 'x', weeklyHours: { monday: [{ from: '9:00', to: '17:00' }] } }],
    ['calendar', { key: 'x', weeklyHours: { funday: [] } }],
  ] as const)('should reject an invalid %s document %j', (name, document) => {
    // given a document breaking the schema
    // when it is validated
    // then it is invalid
    expect(validate(name, document)).not.toEqual([]);
  });

  it('should agree with the library checkers: schema examples have no errors there either', () => {
    // given the examples of the three schemas
    // when the library's own checkers run on them
    const errors = [
      ...schemas['decision-table'].examples.flatMap((e) => checkTable(e)),
      ...schemas.assignment.examples.flatMap((e) => checkAssignmentStrategy(e)),
      ...schemas.calendar.examples.flatMap((e) => checkCalendar(e)),
    ].filter((p) => p.severity === 'error');

    // then none is reported
    expect(errors).toEqual([]);
  });
});
