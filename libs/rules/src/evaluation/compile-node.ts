import { isPlainObject } from '../json/plain-object.util';
import { findOperation } from '../operations/operation-registry';
import { RuleFault } from '../problems/rule-fault.error';
import { childPath } from '../problems/rule-problem.type';
import type { CompiledNode } from './evaluation-context';

/** json-logic-js's `is_logic`: an object with exactly one key is an operation. */
export function isOperationNode(node: unknown): node is Record<string, unknown> {
  return isPlainObject(node) && Object.keys(node).length === 1;
}

/** True when an array literal (or anything inside it) holds an operation. */
function containsLogic(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(containsLogic);
  return isOperationNode(node);
}

/** The arguments as written and the JSON Pointer of each. */
export function operationArguments(
  node: Record<string, unknown>,
  path: string,
): { op: string; raw: unknown[]; paths: string[] } {
  const [op = ''] = Object.keys(node);
  const value = node[op];
  const raw: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
  const paths = Array.isArray(value) ? raw.map((_, i) => childPath(path, op, i)) : [childPath(path, op)];
  return { op, raw, paths };
}

/**
 * Compiles a measured, JSON-only rule into closures. Literal arrays without operations become constants (shared:
 * no operation mutates its arguments, and results are copied on the way out). Throws a fault for operations that
 * are not allow-listed, even in branches that would never run.
 */
export function compileNode(node: unknown, path: string): CompiledNode {
  if (Array.isArray(node)) {
    const literal: readonly unknown[] = node;
    if (!containsLogic(literal)) return () => literal;
    const items = literal.map((item, i) => compileNode(item, childPath(path, i)));
    return (data, ctx) => items.map((item) => item(data, ctx));
  }
  if (!isOperationNode(node)) return () => node;
  const { op, raw, paths } = operationArguments(node, path);
  const definition = findOperation(op);
  if (definition === undefined) throw RuleFault.unknownOperation(op, path);
  const args = raw.map((arg, i) => compileNode(arg, paths[i] ?? path));
  return definition.compile({ args, raw, path });
}
