const MAX_PATTERN_LENGTH = 500;

interface Group {
  risky: boolean;
}

function isQuantifier(source: string, i: number): boolean {
  const c = source[i];
  return c === '*' || c === '+' || (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i)));
}

/** Skips a character class `[...]` starting at `i`; returns the index of its closing `]`. */
function skipClass(source: string, i: number): number {
  let j = i + 1;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j;
}

/**
 * Why a pattern could backtrack catastrophically on the server (a tenant's regular expression runs on every
 * submission), or `null`. Conservative: a repeated group (`(…)*`, `(…)+`, `(…){2,}`) may hold neither a
 * repetition nor an alternative, and back-references are refused. `^\d{6}$`, `^[A-Z]{2}-\d+$` pass;
 * `^(a+)+$`, `^(a|ab)*$` do not.
 */
export function unsafePatternReason(source: string): string | null {
  if (source.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  const stack: Group[] = [{ risky: false }];
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    const top = stack[stack.length - 1] ?? { risky: false };
    if (c === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '')) return 'back-references are not allowed';
      i += 1;
    } else if (c === '[') i = skipClass(source, i);
    else if (c === '(') stack.push({ risky: false });
    else if (c === '|') top.risky = true;
    else if (c === ')') {
      const closed = stack.pop() ?? { risky: false };
      if (closed.risky && isQuantifier(source, i + 1)) return 'a repeated group holds a repetition or alternatives';
      const parent = stack[stack.length - 1];
      if (parent !== undefined && (closed.risky || isQuantifier(source, i + 1))) parent.risky = true;
    } else if (isQuantifier(source, i)) top.risky = true;
  }
  return null;
}
