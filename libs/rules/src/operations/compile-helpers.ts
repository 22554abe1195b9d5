import type { CompiledNode, EvaluationContext } from '../evaluation/evaluation-context';
import type { CompileInput } from './operation.type';

/** Kinds accepted by most loose JSONLogic operators. */
export const ANY_KIND = ['any'] as const;
/** Kinds arithmetic accepts: numbers and numeric strings (form inputs often arrive as text). */
export const NUMERIC_KINDS = ['number', 'string', 'null'] as const;

const UNDEFINED_NODE: CompiledNode = () => undefined;

/** The compiled argument `index`, or a node yielding `undefined` when absent (as json-logic-js passes it). */
export function argAt(input: CompileInput, index: number): CompiledNode {
  return input.args[index] ?? UNDEFINED_NODE;
}

/** Evaluates every argument in order. */
export function evaluateAll(args: readonly CompiledNode[], data: unknown, ctx: EvaluationContext): unknown[] {
  const values = new Array<unknown>(args.length);
  for (let i = 0; i < args.length; i += 1) values[i] = (args[i] ?? UNDEFINED_NODE)(data, ctx);
  return values;
}

/** An operation over all evaluated arguments (json-logic-js's `operations[op].apply(data, values)`). */
export function eager(
  fn: (values: unknown[], data: unknown, ctx: EvaluationContext, path: string) => unknown,
): (input: CompileInput) => CompiledNode {
  return ({ args, path }) => {
    const [a, b] = args;
    if (args.length === 0) return (data, ctx) => fn([], data, ctx, path);
    if (args.length === 1 && a) return (data, ctx) => fn([a(data, ctx)], data, ctx, path);
    if (args.length === 2 && a && b) return (data, ctx) => fn([a(data, ctx), b(data, ctx)], data, ctx, path);
    return (data, ctx) => fn(evaluateAll(args, data, ctx), data, ctx, path);
  };
}

/** An operation of one argument; extra arguments are still evaluated, then ignored (json-logic-js semantics). */
export function unary(fn: (a: unknown) => unknown): (input: CompileInput) => CompiledNode {
  return (input) => {
    const a = argAt(input, 0);
    if (input.args.length <= 1) return (data, ctx) => fn(a(data, ctx));
    return (data, ctx) => fn(evaluateAll(input.args, data, ctx)[0]);
  };
}

/** An operation of two arguments; extra arguments are still evaluated, then ignored. */
export function binary(fn: (a: unknown, b: unknown) => unknown): (input: CompileInput) => CompiledNode {
  return (input) => {
    const a = argAt(input, 0);
    const b = argAt(input, 1);
    if (input.args.length <= 2) return (data, ctx) => fn(a(data, ctx), b(data, ctx));
    return (data, ctx) => {
      const values = evaluateAll(input.args, data, ctx);
      return fn(values[0], values[1]);
    };
  };
}

/** True when a raw argument is a JSON scalar (no evaluation needed). */
export function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
