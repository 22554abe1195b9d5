import { ANY_TYPE, arrayOf, OPEN_OBJECT_TYPE, scalarType, type StaticType } from './static-type';
import type { RuleScope, RuleValueSchema, RuleVariable } from './rule-scope.type';

/** A closed object type with exactly these properties. */
export function objectOf(properties: ReadonlyMap<string, StaticType>): StaticType {
  return { kind: 'object', properties };
}

function propertiesType(variables: readonly RuleVariable[]): StaticType {
  return objectOf(new Map(variables.map((v) => [v.name, schemaType(v)])));
}

/** The static type a declared schema stands for. */
export function schemaType(schema: RuleValueSchema): StaticType {
  switch (schema.type) {
    case 'array':
      return arrayOf(schema.items ? schemaType(schema.items) : ANY_TYPE);
    case 'object':
      return schema.properties ? propertiesType(schema.properties) : OPEN_OBJECT_TYPE;
    case 'string':
    case 'number':
    case 'boolean':
    case 'date':
      return scalarType(schema.type);
  }
}

/** The type of the data a rule sees: a closed object of the scope's variables, or unknown without a scope. */
export function scopeType(scope: RuleScope | undefined): StaticType {
  return scope ? propertiesType(scope.variables) : ANY_TYPE;
}
