import type { OperationDefinition } from '../operations/operation.type';
import { problem, type RuleProblem } from '../problems/rule-problem.type';
import {
  acceptsType,
  arrayOf,
  ANY_TYPE,
  describeType,
  OPEN_OBJECT_TYPE,
  scalarType,
  type StaticType,
} from './static-type';

/** Reports an argument count outside the operation's arity. */
export function checkArity(def: OperationDefinition, count: number, path: string): RuleProblem[] {
  const { min, max } = def.arity;
  if (count >= min && (max === null || count <= max)) return [];
  const expected = max === null ? `at least ${min}` : min === max ? `${min}` : `${min} to ${max}`;
  return [problem('ARITY', path, `"${def.name}" takes ${expected} argument(s); got ${count}.`)];
}

/** Reports arguments whose inferred type the operation cannot use. */
export function checkArgumentTypes(
  def: OperationDefinition,
  types: readonly StaticType[],
  paths: readonly string[],
): RuleProblem[] {
  const found: RuleProblem[] = [];
  types.forEach((type, i) => {
    const accepted = def.signature.params[i] ?? def.signature.rest;
    if (accepted === undefined || acceptsType(accepted, type)) return;
    const message = `Argument ${i + 1} of "${def.name}" should be ${accepted.join(' or ')}; it is ${describeType(type)}.`;
    found.push(problem('ARGUMENT_TYPE', paths[i] ?? '', message));
  });
  return found;
}

/** The operation's result type given its argument types. */
export function resultType(def: OperationDefinition, types: readonly StaticType[]): StaticType {
  const { result } = def.signature;
  if (typeof result === 'function') return result(types);
  switch (result) {
    case 'array':
      return arrayOf(ANY_TYPE);
    case 'object':
      return OPEN_OBJECT_TYPE;
    default:
      return scalarType(result);
  }
}

/** A pointer-friendly hint for operations json-logic-js knows but the dialect refuses. */
export function unknownOperationMessage(op: string): string {
  if (op === 'log') return '"log" is not allowed: rules have no side effects.';
  if (op.includes('.')) return `"${op}" is not allowed: rules cannot call methods.`;
  return `Unknown operation "${op}".`;
}
