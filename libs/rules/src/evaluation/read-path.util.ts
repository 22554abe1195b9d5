import { FORBIDDEN_SEGMENTS, isDataValue, readOwnData } from '../json/plain-object.util';

/** Splits a `var` path the way json-logic-js does: `String(path).split(".")`. */
export function splitPath(path: unknown): string[] {
  return String(path).split('.');
}

/** True when a `var` path names the data itself (`""`, `null`, or no path at all). */
export function isRootPath(path: unknown): boolean {
  return path === undefined || path === '' || path === null;
}

/** The data itself, when it is data; `undefined` stays `undefined` as in json-logic-js. */
export function readRoot(data: unknown, notFound: unknown): unknown {
  return data === undefined || isDataValue(data) ? data : notFound;
}

/**
 * Follows `segments` through own data properties only. Like json-logic-js, a missing step yields `notFound` and a
 * present `null` is returned as `null`; unlike it, prototypes, accessors, functions and the properties of strings
 * and numbers are never reached.
 */
export function readPath(data: unknown, segments: readonly string[], notFound: unknown): unknown {
  let current = data;
  for (const segment of segments) {
    if (current === null || current === undefined) return notFound;
    current = readOwnData(current, segment);
    if (current === undefined) return notFound;
  }
  return current;
}

/** json-logic-js's `var` with run-time arguments: `{ "var": [path, default] }`. */
export function readVar(data: unknown, path: unknown, fallback: unknown): unknown {
  const notFound = fallback === undefined ? null : fallback;
  if (isRootPath(path)) return readRoot(data, notFound);
  const segments = splitPath(path);
  return segments.some((s) => FORBIDDEN_SEGMENTS.has(s)) ? notFound : readPath(data, segments, notFound);
}
