import { RuleFault } from '../problems/rule-fault.error';
import { isPlainObject } from './plain-object.util';
import type { JsonObject, JsonValue } from './json-value.type';

/**
 * Projects an evaluation result onto JSON, always returning a fresh copy: `undefined`, `NaN`, `±Infinity`,
 * functions, symbols, bigints and non-plain objects become `null`; arrays and plain objects are copied with their
 * own enumerable properties. Throws a `LIMIT_RESULT_DEPTH` fault past `maxDepth` (cyclic data).
 */
export function toJsonValue(value: unknown, maxDepth: number): JsonValue {
  return project(value, 0, maxDepth);
}

function project(value: unknown, depth: number, maxDepth: number): JsonValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'object':
      if (value === null) return null;
      if (depth >= maxDepth) {
        throw RuleFault.of('LIMIT_RESULT_DEPTH', '', `Result is nested deeper than ${maxDepth} levels.`);
      }
      if (Array.isArray(value)) return projectArray(value, depth + 1, maxDepth);
      return isPlainObject(value) ? projectObject(value, depth + 1, maxDepth) : null;
    default:
      return null;
  }
}

function projectArray(value: readonly unknown[], depth: number, maxDepth: number): JsonValue[] {
  const out: JsonValue[] = new Array<JsonValue>(value.length);
  for (let i = 0; i < value.length; i += 1) out[i] = project(value[i], depth, maxDepth);
  return out;
}

function projectObject(value: Record<string, unknown>, depth: number, maxDepth: number): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    const projected = descriptor && 'value' in descriptor ? project(descriptor.value, depth, maxDepth) : null;
    // defineProperty, not assignment: an own "__proto__" key must stay data, never become the prototype.
    Object.defineProperty(out, key, { value: projected, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
