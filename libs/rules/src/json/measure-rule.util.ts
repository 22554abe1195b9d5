import { isPlainObject } from './plain-object.util';

/** Depth and size of a rule, or why it is not a JSON document. */
export interface RuleMeasure {
  /** Nesting depth; an operation's argument list adds no level. Capped at `depthCap + 1`. */
  readonly depth: number;
  /** UTF-8 bytes of the rule's JSON text. Capped at `byteCap + 1`. */
  readonly bytes: number;
  /** JSON Pointer of the first value that is not JSON (`undefined`, a function, `NaN`, a `Date`…), if any. */
  readonly notJsonAt: string | undefined;
}

interface Walk {
  bytes: number;
  depth: number;
  notJsonAt: string | undefined;
  readonly depthCap: number;
  readonly byteCap: number;
}

/** Measures a rule without recursing past `depthCap` or counting past `byteCap`, so cycles and giants are cheap. */
export function measureRule(rule: unknown, depthCap: number, byteCap: number): RuleMeasure {
  const walk: Walk = { bytes: 0, depth: 0, notJsonAt: undefined, depthCap, byteCap };
  visit(rule, 0, '', walk);
  return { depth: walk.depth, bytes: walk.bytes, notJsonAt: walk.notJsonAt };
}

function done(walk: Walk): boolean {
  return walk.notJsonAt !== undefined || walk.depth > walk.depthCap || walk.bytes > walk.byteCap;
}

function visit(value: unknown, level: number, path: string, walk: Walk): void {
  if (done(walk)) return;
  switch (typeof value) {
    case 'string':
      walk.bytes += utf8Length(JSON.stringify(value));
      return;
    case 'boolean':
      walk.bytes += value ? 4 : 5;
      return;
    case 'number':
      if (!Number.isFinite(value)) walk.notJsonAt = path;
      else walk.bytes += String(value).length;
      return;
    case 'object':
      if (value === null) walk.bytes += 4;
      else visitContainer(value, level + 1, path, walk);
      return;
    default:
      walk.notJsonAt = path;
  }
}

function visitContainer(value: object, level: number, path: string, walk: Walk): void {
  walk.depth = Math.max(walk.depth, level);
  if (Array.isArray(value)) {
    walk.bytes += 2 + Math.max(0, value.length - 1);
    for (let i = 0; i < value.length && !done(walk); i += 1) visit(value[i], level, `${path}/${i}`, walk);
    return;
  }
  if (!isPlainObject(value)) {
    walk.notJsonAt = path;
    return;
  }
  const keys = Object.keys(value);
  walk.bytes += 2 + Math.max(0, keys.length - 1);
  // An operation's argument array is part of the operation: it does not deepen the rule.
  const argumentLevel = keys.length === 1 && Array.isArray(value[keys[0] ?? '']) ? level - 1 : level;
  for (const key of keys) {
    if (done(walk)) return;
    walk.bytes += utf8Length(JSON.stringify(key)) + 1;
    const token = key.replace(/~/g, '~0').replace(/\//g, '~1');
    visit(value[key], argumentLevel, `${path}/${token}`, walk);
  }
}

/** UTF-8 byte length of a JavaScript string. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
