import { compileRule, evaluate, evaluateCondition } from '../evaluate';

describe('evaluate', () => {
  it('should refuse a rule with an unknown operation even in a branch that would not run', () => {
    // given an unknown operation in the else branch
    const rule = { if: [true, 'ok', { eval: 'process.exit()' }] };

    // when it is evaluated
    const result = evaluate(rule, {});

    // then nothing runs and the problem points at the operation
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'UNKNOWN_OPERATION', path: '/if/2', severity: 'error' })],
    });
  });

  it('should give the same result for a cached rule and a fresh copy of it', () => {
    // given a rule evaluated once (and so cached)
    const rule = { '>': [{ var: 'fee' }, 200] };
    evaluate(rule, { fee: 1 });

    // when it and a structural copy are evaluated on new data
    const cached = evaluate(rule, { fee: 300 });
    const fresh = evaluate(structuredClone(rule), { fee: 300 });

    // then both agree with the new data
    expect(cached).toEqual({ ok: true, value: true });
    expect(fresh).toEqual(cached);
  });

  it('should evaluate scalar rules as literals', () => {
    // given scalar rules
    // when they are evaluated
    const results = ['漏水', 3, true, null].map((rule) => evaluate(rule, {}));

    // then they are returned as they are
    expect(results.map((r) => r.ok && r.value)).toEqual(['漏水', 3, true, null]);
  });

  it('should turn json-logic-js coercion failures into EVALUATION_FAILED', () => {
    // given data whose own "toString" is not a function (json-logic-js throws a TypeError on it)
    const data = { o: { toString: 'x' } };

    // when a rule concatenates it
    const result = evaluate({ cat: [{ var: 'o' }] }, data);

    // then the failure is a problem, not an exception
    expect(result.ok ? 'ok' : result.problems[0]?.code).toBe('EVALUATION_FAILED');
  });
});

describe('evaluateCondition', () => {
  it.each([
    [{ var: 'photos' }, { photos: [] }, false],
    [{ var: 'photos' }, { photos: ['a.jpg'] }, true],
    [{ var: 'remark' }, { remark: '0' }, true],
    [{ '+': [0] }, {}, false],
  ])('should read %j on %j by JSONLogic truthiness as %s', (rule, data, expected) => {
    // given a condition and data
    // when it is evaluated as a condition
    const result = evaluateCondition(rule, data);

    // then the result is the truthiness of the value
    expect(result).toEqual({ ok: true, value: expected });
  });

  it('should pass problems through', () => {
    // given an invalid rule
    // when it is evaluated as a condition
    const result = evaluateCondition({ nope: [] }, {});

    // then its problems are returned
    expect(result.ok).toBe(false);
  });
});

describe('compileRule', () => {
  it('should compile once and evaluate many rows', () => {
    // given a report filter compiled ahead of time
    const compiled = compileRule({ '>=': [{ var: 'rating' }, 4] });
    if (!compiled.ok) throw new Error('expected a compiled rule');

    // when it runs over rows
    const kept = [{ rating: 5 }, { rating: 2 }, { rating: 4 }].filter((row) => {
      const result = compiled.value.evaluate(row);
      return result.ok && result.value === true;
    });

    // then it keeps the rows the rule accepts
    expect(kept).toEqual([{ rating: 5 }, { rating: 4 }]);
  });

  it('should return problems instead of a compiled rule for an invalid rule', () => {
    // given an invalid rule
    // when it is compiled
    const compiled = compileRule({ log: 1 });

    // then the problems say why
    expect(compiled).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'UNKNOWN_OPERATION' })] });
  });

  it('should apply limits given at compile time', () => {
    // given a depth limit of 2
    // when a rule of depth 3 is compiled
    const compiled = compileRule({ '!': { '!': { var: 'x' } } }, { maxDepth: 2 });

    // then it is too deep
    expect(compiled.ok ? 'ok' : compiled.problems[0]?.code).toBe('RULE_TOO_DEEP');
  });
});
