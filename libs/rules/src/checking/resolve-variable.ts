import { isRootPath, splitPath } from '../evaluation/read-path.util';
import { FORBIDDEN_SEGMENTS } from '../json/plain-object.util';
import { problem, type RuleProblem } from '../problems/rule-problem.type';
import { ANY_TYPE, NULL_TYPE, NUMBER_TYPE, describeType, type StaticType } from './static-type';

/** The type a literal `var` path reads, and what is wrong with it. */
export interface ResolvedVariable {
  readonly type: StaticType;
  readonly problems: readonly RuleProblem[];
}

function known(type: StaticType): string {
  if (type.kind !== 'object' || type.properties === null) return '';
  const names = [...type.properties.keys()];
  return names.length > 0 ? ` Declared here: ${names.slice(0, 12).join(', ')}.` : ' Nothing is declared here.';
}

function step(type: StaticType, segment: string): StaticType | undefined {
  switch (type.kind) {
    case 'any':
      return ANY_TYPE;
    case 'object':
      return type.properties === null ? ANY_TYPE : type.properties.get(segment);
    case 'array':
      if (segment === 'length') return NUMBER_TYPE;
      return /^\d+$/.test(segment) ? type.items : undefined;
    default:
      return undefined;
  }
}

/** Resolves a literal `var` path (`"unit.building"`, `"materials.0.price"`) against the data type. */
export function resolveVariable(path: unknown, dataType: StaticType, at: string): ResolvedVariable {
  if (isRootPath(path)) return { type: dataType, problems: [] };
  const text = String(path);
  const segments = splitPath(path);
  const forbidden = segments.find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (forbidden !== undefined) {
    const message = `"${text}" uses "${forbidden}", which leads to prototypes, never to data.`;
    return { type: NULL_TYPE, problems: [problem('FORBIDDEN_PATH_SEGMENT', at, message)] };
  }
  let type = dataType;
  for (const [i, segment] of segments.entries()) {
    const next = step(type, segment);
    if (next === undefined) {
      const where = i === 0 ? 'the scope' : `"${segments.slice(0, i).join('.')}" (${describeType(type)})`;
      const message = `"${text}" is not declared: "${segment}" does not exist in ${where}.${known(type)}`;
      return { type: ANY_TYPE, problems: [problem('UNDECLARED_VARIABLE', at, message)] };
    }
    if (next.kind === 'any') return { type: ANY_TYPE, problems: [] };
    type = next;
  }
  return { type, problems: [] };
}
