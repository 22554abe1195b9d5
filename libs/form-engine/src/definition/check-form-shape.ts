import { fieldKind, propertiesOf, requiredPropertiesOf } from '../field-types/field-kinds';
import { isColumnFieldType, isValueFieldType } from '../model/field-type';
import type { FieldDefinition } from '../model/form-definition.type';
import { formProblem, pointer, type FormProblem } from '../problems/form-problem.type';
import { fieldsShape, processVariablesShape } from './compound-shapes';
import type { FieldPlace, LocatedField } from './located-field.type';
import { checkProperties, integerShape, isRecord, stringShape, textShape, type Shape } from './shape';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Top-level properties of a form. */
export const FORM_PROPERTIES: Readonly<Record<string, Shape>> = {
  $schema: stringShape({ doc: 'the path or URL of form.schema.json, for editors' }),
  key: stringShape({ pattern: KEBAB, doc: 'a kebab-case key' }),
  title: textShape,
  description: textShape,
  columns: integerShape(1, 4),
  startsProcess: stringShape({ pattern: KEBAB, doc: 'a kebab-case process key' }),
  processVariables: processVariablesShape,
  fields: fieldsShape,
};
const FORM_REQUIRED = ['key', 'title', 'fields'];

function allowedIn(place: FieldPlace, type: string): boolean {
  if (place === 'sub-form') return isColumnFieldType(type);
  if (place === 'section') return isValueFieldType(type) || type === 'divider';
  return true;
}

interface Walk {
  readonly problems: FormProblem[];
  readonly fields: LocatedField[];
}

function walkField(
  walk: Walk,
  value: unknown,
  path: string,
  parent: Omit<LocatedField, 'field' | 'kind' | 'path'>,
): void {
  if (!isRecord(value)) {
    walk.problems.push(formProblem('INVALID_PROPERTY', path, 'A field must be an object.'));
    return;
  }
  const kind = fieldKind(value.type);
  if (kind === undefined) {
    const message =
      value.type === undefined ? '"type" is required.' : `Unknown field type ${JSON.stringify(value.type)}.`;
    walk.problems.push(
      formProblem(value.type === undefined ? 'MISSING_PROPERTY' : 'UNKNOWN_FIELD_TYPE', path, message),
    );
    return;
  }
  if (!allowedIn(parent.place, kind.type)) {
    const where = parent.place === 'sub-form' ? 'a sub-form column' : 'inside a section';
    walk.problems.push(
      formProblem('FIELD_NOT_ALLOWED_HERE', pointer(path, 'type'), `A ${kind.type} cannot be ${where}.`),
    );
    return;
  }
  const found = checkProperties(value, path, propertiesOf(kind), requiredPropertiesOf(kind));
  walk.problems.push(...found);
  const located: LocatedField = { ...parent, field: value as unknown as FieldDefinition, kind, path };
  walk.fields.push(located);
  if ((kind.type === 'section' || kind.type === 'sub-form') && Array.isArray(value.fields)) {
    const place: FieldPlace = kind.type === 'section' ? 'section' : 'sub-form';
    const container = kind.type === 'section' ? { section: located } : { subForm: located };
    value.fields.forEach((child, i) => walkField(walk, child, pointer(path, 'fields', i), { place, ...container }));
  }
}

/**
 * Checks the shape of a form (what form.schema.json says): properties of the form and of each field by its type,
 * where each type may appear. Returns the problems and the fields that could be located.
 */
export function checkFormShape(form: unknown): Walk {
  const walk: Walk = { problems: [], fields: [] };
  if (!isRecord(form)) {
    walk.problems.push(formProblem('INVALID_PROPERTY', '', 'A form must be an object.'));
    return walk;
  }
  walk.problems.push(...checkProperties(form, '', FORM_PROPERTIES, FORM_REQUIRED));
  if (Array.isArray(form.fields)) {
    form.fields.forEach((field, i) => walkField(walk, field, pointer('', 'fields', i), { place: 'form' }));
  }
  return walk;
}
