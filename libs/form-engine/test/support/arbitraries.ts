// fast-check arbitraries for submissions to the example forms: mostly plausible values (so that valid
// submissions are common), some junk of every JSON kind, and now and then keys the form does not have.
import fc from 'fast-check';
import type { FieldDefinition, FormDefinition, OptionItem, ValueField } from '../../src/index';
import { context } from './fixtures';

type Arb = fc.Arbitrary<unknown>;

const junk: Arb = fc.oneof(
  fc.constantFrom(null, '', '  ', 0, -1, 1.005, true, false, [], {}, 'null', '1e3', '__proto__'),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxKeys: 3 }),
);

function optionsOf(field: FieldDefinition): readonly OptionItem[] {
  if ('options' in field && field.options !== undefined) return field.options;
  if (field.type === 'user-picker') return context.dataSources?.users ?? [];
  if (field.type === 'team-picker') return context.dataSources?.teams ?? [];
  if (!('optionsFrom' in field) || field.optionsFrom === undefined) return [];
  const from = field.optionsFrom;
  if ('dictionary' in from) return context.dictionaries?.[from.dictionary]?.items ?? [];
  return context.dataSources?.[from.dataSource] ?? [];
}

function leafPaths(options: readonly OptionItem[]): string[][] {
  return options.flatMap((o) => (o.children?.length ? leafPaths(o.children).map((p) => [o.value, ...p]) : [[o.value]]));
}

const pick = <T>(values: readonly T[]): fc.Arbitrary<T | null> =>
  values.length === 0 ? fc.constant(null) : fc.constantFrom(...values);

/** A value the field will usually accept (option values of the fixtures' context, well-formed text). */
export function plausible(field: ValueField): Arb {
  const values = optionsOf(field).map((o) => o.value);
  switch (field.type) {
    case 'text':
    case 'textarea':
      return fc.constantFrom('角阀', '厨房水槽下方持续漏水', '需更换整段管道', '水已漫到客厅');
    case 'number':
      return fc.integer({ min: 0, max: 40 }).map((n) => n / 2);
    case 'integer':
    case 'rating':
      return fc.integer({ min: 1, max: 5 });
    case 'money':
      return fc.integer({ min: 0, max: 300_000 }).map((n) => n / 100);
    case 'select':
    case 'radio':
      return pick(values);
    case 'multiselect':
    case 'checkbox':
      return fc.subarray(values, { minLength: 1, maxLength: 2 });
    case 'cascader':
      return pick(leafPaths(optionsOf(field)));
    case 'user-picker':
    case 'team-picker':
      return field.multiple === true ? fc.subarray(values, { minLength: 1 }) : pick(values);
    case 'switch':
      return fc.boolean();
    case 'date':
      return fc.constantFrom('2025-01-28', '2025-02-01', '2025-01-28T23:00:00Z');
    case 'datetime':
      return fc.constantFrom('2025-01-28T09:10:00+08:00', '2025-01-28T10:40', Date.parse('2025-01-28T03:00:00Z'));
    case 'time':
      return fc.constantFrom('09:30', '14:00', '19:59:59');
    case 'phone':
      return fc.constantFrom('13800138000', '010-12345678');
    case 'email':
      return fc.constantFrom('wang@example.com', ' li@anxin.cn ');
    case 'id-card':
      return fc.constantFrom('11010519491231002X', '11010519491231002x', '440524198001010013');
    case 'image':
      return fc.subarray(['f-1', 'f-2'], { minLength: 1 });
    case 'file':
      return fc.subarray(['f-pdf', 'f-1'], { minLength: 1 });
    case 'signature':
      return fc.constant('f-sig');
    case 'location':
      return fc.record(
        { lat: fc.constantFrom(31.2304, '22.5'), lng: fc.constantFrom(121.4737, 114.05) },
        { requiredKeys: ['lat', 'lng'] },
      );
    case 'serial':
      return fc.constantFrom('BX-20250128-0001', null);
    case 'sub-form':
      return fc.array(
        fc.record(Object.fromEntries(field.fields.map((c) => [c.key, valueOf(c)])), { requiredKeys: [] }),
        { maxLength: 4 },
      );
  }
}

/** A value for a field: plausible four times in five, junk otherwise. */
export function valueOf(field: ValueField): Arb {
  return fc.oneof({ arbitrary: plausible(field), weight: 4 }, { arbitrary: junk, weight: 1 });
}

/** The fields of a form that hold values, sections flattened. */
export function valueFields(form: FormDefinition): ValueField[] {
  return form.fields.flatMap((f): ValueField[] =>
    f.type === 'section' ? valueFields({ ...form, fields: f.fields }) : f.type === 'divider' ? [] : [f],
  );
}

/** A submission to the form: any subset of its fields, sometimes with a key it does not have. */
export function submissionOf(form: FormDefinition): fc.Arbitrary<Record<string, unknown>> {
  const fields = fc.record(Object.fromEntries(valueFields(form).map((f) => [f.key, valueOf(f)])), { requiredKeys: [] });
  const extra = fc.oneof(
    { arbitrary: fc.constant({}), weight: 9 },
    {
      arbitrary: fc.dictionary(fc.constantFrom('isAdmin', 'materialCost', 'constructor', 'x'), junk, { maxKeys: 2 }),
      weight: 1,
    },
  );
  return fc.tuple(fields, extra).map(([a, b]) => ({ ...b, ...a }));
}

/** A valid submission with a few fields changed to other plausible values: valid often, not always. */
export function nearlyValidOf(
  form: FormDefinition,
  base: Record<string, unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .subarray(valueFields(form), { maxLength: 3 })
    .chain((fields) => fc.record(Object.fromEntries(fields.map((f) => [f.key, plausible(f)]))))
    .map((changes) => ({ ...base, ...changes }));
}
