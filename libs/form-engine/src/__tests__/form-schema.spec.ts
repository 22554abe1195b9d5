// Validates definitions/schemas/form.schema.json, its example, the example forms and the shipped dictionaries
// with Ajv, and checks that the schema and checkForm agree on what a well-shaped form is.
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FormProblem } from '../index';
import { checkForm, listFieldTypes } from '../index';
import { FIXTURE_NAMES, fixtureForm, readJson } from '../../test/support/fixtures';

interface JsonSchema {
  readonly examples: unknown[];
  readonly $defs: Record<
    string,
    { properties?: Record<string, unknown>; allOf?: { $ref: string }[]; required?: string[] }
  >;
}

const schema = readJson<JsonSchema>('definitions/schemas/form.schema.json');
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
const validateForm = ajv.compile(schema);
const validateDictionary = ajv.getSchema('https://anxin.dev/schemas/form.schema.json#/$defs/dictionary');
const dictionaryFiles = readdirSync(join(__dirname, '../../../../definitions/dictionaries')).filter((f) =>
  f.endsWith('.dictionary.json'),
);

/** Problems the schema would also find: everything about the shape of the document. */
const SHAPE_CODES: ReadonlySet<string> = new Set([
  'INVALID_PROPERTY',
  'MISSING_PROPERTY',
  'UNKNOWN_PROPERTY',
  'UNKNOWN_FIELD_TYPE',
  'FIELD_NOT_ALLOWED_HERE',
]);
const shapeProblems = (form: unknown): FormProblem[] => checkForm(form).filter((p) => SHAPE_CODES.has(p.code));
const schemaErrors = (form: unknown): string[] =>
  validateForm(form) ? [] : (validateForm.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);

describe('form.schema.json (draft 2020-12)', () => {
  it('should accept its example, which checkForm accepts too', () => {
    // given the schema's examples
    // when each is validated by Ajv and checked by checkForm
    // then both accept them
    expect(schema.examples.length).toBeGreaterThan(0);
    expect(schema.examples.flatMap(schemaErrors)).toEqual([]);
    expect(schema.examples.flatMap((e) => checkForm(e, { dictionaries: ['repair-category'] }))).toEqual([]);
  });

  it.each(FIXTURE_NAMES)('should accept the example form %s, as checkForm does', (name) => {
    // given an example form of the tests
    // when it is validated by Ajv and checked by checkForm
    // then both accept it
    expect(schemaErrors(fixtureForm(name))).toEqual([]);
    expect(checkForm(fixtureForm(name), { dictionaries: ['repair-category'] })).toEqual([]);
  });

  it.each(dictionaryFiles)('should accept the shipped dictionary %s', (file) => {
    // given a dictionary of definitions/dictionaries
    const dictionary = readJson<{ key: string }>(`definitions/dictionaries/${file}`);

    // when it is validated against $defs/dictionary
    // then it is valid and named after its key
    expect(validateDictionary?.(dictionary)).toBe(true);
    expect(file).toBe(`${dictionary.key}.dictionary.json`);
  });

  it('should allow exactly the properties checkForm allows, type by type', () => {
    // given the schema's definition of each field type and the engine's list of types
    const defs = schema.$defs;
    const propertiesOf = (name: string): string[] => {
      const def = defs[name];
      const inherited = (def?.allOf ?? []).flatMap((ref) => propertiesOf(ref.$ref.replace('#/$defs/', '')));
      return [...inherited, ...Object.keys(def?.properties ?? {})];
    };
    const requiredOf = (name: string): string[] => {
      const def = defs[name];
      return [
        ...(def?.allOf ?? []).flatMap((ref) => requiredOf(ref.$ref.replace('#/$defs/', ''))),
        ...(def?.required ?? []),
      ];
    };
    const defOf = (type: string): string =>
      Object.keys(defs).find((name) => {
        const t = defs[name]?.properties?.type as { const?: string; enum?: string[] } | undefined;
        return name.endsWith('Field') && (t?.const === type || t?.enum?.includes(type) === true);
      }) ?? 'none';

    // when the properties of each type are compared
    const differences = listFieldTypes().filter(
      (t) =>
        [...new Set(propertiesOf(defOf(t.type)))].sort().join() !== t.allowed.join() ||
        [...requiredOf(defOf(t.type))].sort().join() !== [...t.required].sort().join(),
    );

    // then they are the same for every type
    expect(differences.map((t) => t.type)).toEqual([]);
  });

  it('should agree with checkForm on the shape of mutated forms (property)', () => {
    // given the example forms, and mutations that set one property of one field to some value
    const forms = FIXTURE_NAMES.map(fixtureForm);
    const names = [...new Set(listFieldTypes().flatMap((t) => t.allowed)), 'bogus', 'Key'];
    const values = fc.oneof(
      fc.constantFrom('', 'x', 'a-b', 'bad key', 'text', 'sub-form', 'section', '08:00', '2025-01-28', 'dataSource'),
      fc.constantFrom(0, 1, 3, 5, 1.5, -1, 1e9, true, false, null),
      fc.constantFrom(
        [],
        ['a'],
        [{ value: 'a', label: 'A' }],
        [{ rule: true, message: 'm' }],
        [{ key: 'k', op: 'sum', field: 'x' }],
      ),
      fc.constantFrom(
        {},
        { 'zh-CN': '中' },
        { 'zh-CN': '' },
        { dictionary: 'x' },
        { dataSource: 'users' },
        { var: 'a' },
      ),
    );
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...names), values, (f, i, name, value) => {
        const form = structuredClone(forms[f % forms.length]) as unknown as { fields: Record<string, unknown>[] };
        const field = form.fields[i % form.fields.length] ?? {};
        field[name] = value;

        // when Ajv validates it and checkForm checks it
        // then the schema rejects it exactly when checkForm reports a shape problem
        expect(schemaErrors(form).length === 0).toBe(shapeProblems(form).length === 0);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['no fields', { key: 'x', title: 'X' }],
    [
      'a field in a sub-form that cannot be a column',
      {
        key: 'x',
        title: 'X',
        fields: [
          {
            key: 's',
            type: 'sub-form',
            label: 'S',
            fields: [{ key: 'n', type: 'serial', label: 'N', pattern: '{seq}' }],
          },
        ],
      },
    ],
    [
      'a section in a section',
      {
        key: 'x',
        title: 'X',
        fields: [
          { key: 's', type: 'section', label: 'S', fields: [{ key: 't', type: 'section', label: 'T', fields: [] }] },
        ],
      },
    ],
    [
      'a cascader from a data source',
      {
        key: 'x',
        title: 'X',
        fields: [{ key: 'c', type: 'cascader', label: 'C', optionsFrom: { dataSource: 'units' } }],
      },
    ],
    [
      'options from two places at once',
      {
        key: 'x',
        title: 'X',
        fields: [{ key: 'c', type: 'select', label: 'C', optionsFrom: { dictionary: 'a', dataSource: 'units' } }],
      },
    ],
    ['a label with a third language', { key: 'x', title: { 'zh-CN': 'X', ja: 'X' }, fields: [] }],
  ])('should reject %s, as checkForm does', (_what, form) => {
    // given a document with a shape error
    // when it is validated and checked
    // then both refuse it
    expect(schemaErrors(form)).not.toEqual([]);
    expect(shapeProblems(form)).not.toEqual([]);
  });
});
