import { evaluate } from '../evaluate';
import { DEFAULT_RULE_LIMITS } from '../rule-limits';

function nested(depth: number): unknown {
  let rule: unknown = { var: 'x' };
  for (let i = 1; i < depth; i += 1) rule = { '!': [rule] };
  return rule;
}

function codes(result: ReturnType<typeof evaluate>): string[] {
  return result.ok ? [] : result.problems.map((p) => p.code);
}

describe('rule limits', () => {
  it('should evaluate a rule exactly at the depth limit and refuse one level more', () => {
    // given rules of depth 32 and 33
    const atLimit = nested(DEFAULT_RULE_LIMITS.maxDepth);
    const beyond = nested(DEFAULT_RULE_LIMITS.maxDepth + 1);

    // when both are evaluated
    // then the first runs and the second is RULE_TOO_DEEP
    expect(evaluate(atLimit, { x: 1 }).ok).toBe(true);
    expect(codes(evaluate(beyond, { x: 1 }))).toEqual(['RULE_TOO_DEEP']);
  });

  it('should refuse a self-referencing rule as too deep instead of overflowing the stack', () => {
    // given a cyclic rule object
    const args: unknown[] = [];
    const rule = { and: args };
    args.push(rule);

    // when it is evaluated
    // then the cycle is a depth problem
    expect(codes(evaluate(rule, {}))).toEqual(['RULE_TOO_DEEP']);
  });

  it('should refuse a rule over 64 KiB', () => {
    // given a rule whose JSON is larger than the limit
    const rule = { in: [{ var: 'x' }, Array.from({ length: 8000 }, (_, i) => `keyword-${i}`)] };

    // when it is evaluated
    // then it is RULE_TOO_LARGE
    expect(JSON.stringify(rule).length).toBeGreaterThan(DEFAULT_RULE_LIMITS.maxRuleBytes);
    expect(codes(evaluate(rule, {}))).toEqual(['RULE_TOO_LARGE']);
  });

  it('should count multi-byte characters as UTF-8 bytes', () => {
    // given a rule of 30 000 Chinese characters (≈ 90 KB of UTF-8, 30 K UTF-16 units)
    const rule = { cat: ['漏'.repeat(30_000)] };

    // when it is evaluated
    // then it is too large
    expect(codes(evaluate(rule, {}))).toEqual(['RULE_TOO_LARGE']);
  });

  it.each([
    ['undefined', { var: undefined }],
    ['a function', { '==': [() => 1, 1] }],
    ['NaN', { '+': [Number.NaN] }],
    ['a Date', { '==': [new Date(0), 1] }],
  ])('should refuse a rule containing %s as not JSON', (_case, rule) => {
    // given a rule that is not a JSON document
    // when it is evaluated
    // then it is RULE_NOT_JSON
    expect(codes(evaluate(rule, {}))).toEqual(['RULE_NOT_JSON']);
  });

  it('should refuse arrays longer than the limit in array operations', () => {
    // given a list of 10 001 rows
    const rows = Array.from({ length: DEFAULT_RULE_LIMITS.maxArrayLength + 1 }, (_, i) => i);

    // when an array operation visits it
    const result = evaluate({ map: [{ var: 'rows' }, 1] }, { rows });

    // then the array limit applies at the operation's path
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'LIMIT_ARRAY_LENGTH', path: '' })],
    });
  });

  it('should bound the total iterations of nested array operations', () => {
    // given 1 000 rows visited 1 000 times by a nested map
    const rows = Array.from({ length: 1000 }, (_, i) => i);
    const rule = { map: [{ var: 'rows' }, { map: [{ var: '' }, 1] }] };
    const data = { rows: rows.map(() => rows) };

    // when it is evaluated
    // then it stops at the iteration budget
    expect(codes(evaluate(rule, data))).toEqual(['LIMIT_ITERATIONS']);
  });

  it('should stop a reduce that doubles a string before it exhausts memory', () => {
    // given a rule doubling a text 40 times
    const rule = { reduce: [{ var: 'rows' }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'ab'] };
    const data = { rows: Array.from({ length: 40 }, () => 0) };

    // when it is evaluated
    // then the string limit stops it
    expect(codes(evaluate(rule, data))).toEqual(['LIMIT_STRING_LENGTH']);
  });

  it('should stop merges that double an array', () => {
    // given a rule doubling a list 40 times
    const rule = { reduce: [{ var: 'rows' }, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] };
    const data = { rows: Array.from({ length: 40 }, () => 0) };

    // when it is evaluated
    // then the array limit stops it
    expect(codes(evaluate(rule, data))).toEqual(['LIMIT_ARRAY_LENGTH']);
  });

  it('should report cyclic data returned as a result instead of recursing forever', () => {
    // given data that contains itself
    const data: Record<string, unknown> = {};
    data.self = data;

    // when the rule returns it
    // then the result depth limit applies
    expect(codes(evaluate({ var: 'self' }, data))).toEqual(['LIMIT_RESULT_DEPTH']);
  });

  it('should honour tighter limits from the env', () => {
    // given a limit of 3 elements
    const env = { limits: { maxArrayLength: 3 } };

    // when a 4-element list is filtered
    const result = evaluate({ filter: [{ var: 'rows' }, true] }, { rows: [1, 2, 3, 4] }, env);

    // then the tighter limit applies
    expect(codes(result)).toEqual(['LIMIT_ARRAY_LENGTH']);
  });
});
