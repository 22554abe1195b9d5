// Validates definitions/schemas/{dataset,report,dashboard}.schema.json with Ajv (draft 2020-12, strict) and checks
// that the example definitions the engine accepts are accepted by the schemas too.
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDashboard, checkDataset, checkReport } from '../index';
import { BY_STATUS, CATALOG, KNOWN, MONTHLY, OPERATIONS, TICKETS } from './ticket-dataset.fixture';

interface Schema {
  readonly $id: string;
  readonly $schema: string;
  readonly $defs: Record<string, unknown>;
}

const readSchema = (name: string): Schema =>
  JSON.parse(readFileSync(join(__dirname, '../../../../definitions/schemas', `${name}.schema.json`), 'utf8')) as Schema;
const NAMES = ['dataset', 'report', 'dashboard'] as const;

describe('report schemas', () => {
  it.each(NAMES)('should be valid JSON with the $id of %s.schema.json', (name) => {
    // given the shipped schema file
    // when it is parsed
    const schema = readSchema(name);
    // then it is a draft 2020-12 schema with its anxin.dev $id
    expect([schema.$schema, schema.$id]).toEqual([
      'https://json-schema.org/draft/2020-12/schema',
      `https://anxin.dev/schemas/${name}.schema.json`,
    ]);
  });

  it.each<[(typeof NAMES)[number], unknown[], boolean]>([
    ['dataset', [TICKETS], checkDataset(TICKETS, CATALOG, KNOWN).length === 0],
    [
      'report',
      [MONTHLY, BY_STATUS],
      checkReport(MONTHLY, TICKETS).length + checkReport(BY_STATUS, TICKETS).length === 0,
    ],
    [
      'dashboard',
      [OPERATIONS],
      checkDashboard(OPERATIONS, (key) => [MONTHLY, BY_STATUS].find((r) => r.key === key)).length === 0,
    ],
  ])('should accept with the %s schema what the engine accepts', (name, definitions, engineAccepts) => {
    // given definitions the engine finds nothing wrong with
    expect(engineAccepts).toBe(true);
    // when the schema (strict Ajv) validates them
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(readSchema(name));
    // then it accepts them
    for (const definition of definitions) expect([validate(definition), validate.errors ?? []]).toEqual([true, []]);
  });

  it.each<[(typeof NAMES)[number], unknown, string]>([
    ['dataset', { ...TICKETS, owner: 'me' }, ''],
    ['report', { ...MONTHLY, limit: 0 }, '/limit'],
    ['dashboard', { ...OPERATIONS, widgets: [] }, '/widgets'],
  ])('should refuse with the %s schema a definition of the wrong shape', (name, definition, path) => {
    // given a definition the shape checks refuse
    // when the schema validates it
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(readSchema(name));
    // then it is refused at the same place
    expect(validate(definition)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe(path);
  });

  it('should give the dashboard the same parameter and schedule definitions as reports', () => {
    // given both schemas
    const [report, dashboard] = [readSchema('report'), readSchema('dashboard')];
    // when their shared definitions are compared
    // then they are equal
    expect([dashboard.$defs.parameter, dashboard.$defs.schedule]).toEqual([
      report.$defs.parameter,
      report.$defs.schedule,
    ]);
  });
});
