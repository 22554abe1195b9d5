import { evaluate } from '../../evaluation/evaluate';

describe('contains_any', () => {
  const keywordRule = { contains_any: [{ var: 'description' }, ['燃气', '煤气', '着火', 'Gas']] };

  it.each([
    ['厨房有燃气味', true],
    ['smells of GAS in the hallway', true],
    ['卫生间漏水', false],
  ])('should tell whether %j mentions a hazard keyword', (description, expected) => {
    // given an owner's description
    // when the keyword rule runs
    const result = evaluate(keywordRule, { description });

    // then it matches exactly when a keyword occurs, ignoring case
    expect(result).toEqual({ ok: true, value: expected });
  });

  it('should accept a single keyword instead of a list', () => {
    // given one keyword
    // when the rule runs
    const result = evaluate({ contains_any: [{ var: 'd' }, '漏'] }, { d: '阳台漏水' });

    // then it matches
    expect(result).toEqual({ ok: true, value: true });
  });

  it('should ignore empty and non-text keywords so they never match everything', () => {
    // given keywords that are empty or not text
    // when the rule runs on any description
    const result = evaluate({ contains_any: [{ var: 'd' }, ['', null, 3]] }, { d: '3号楼' });

    // then nothing matches
    expect(result).toEqual({ ok: true, value: false });
  });

  it('should be false when the text is absent', () => {
    // given no description
    // when the rule runs
    const result = evaluate(keywordRule, {});

    // then it does not match
    expect(result).toEqual({ ok: true, value: false });
  });
});

describe('length', () => {
  it.each([
    ['a text in code points', '漏水😀', 3],
    ['an array', ['a.jpg', 'b.jpg'], 2],
    ['an empty text', '', 0],
    ['a number', 42, null],
    ['null', null, null],
    ['an object', { a: 1 }, null],
  ])('should measure %s', (_case, value, expected) => {
    // given a value in the data
    // when its length is taken
    const result = evaluate({ length: { var: 'v' } }, { v: value });

    // then it is the expected count, or null when it has no length
    expect(result).toEqual({ ok: true, value: expected });
  });
});
