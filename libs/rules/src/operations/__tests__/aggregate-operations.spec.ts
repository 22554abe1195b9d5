import { evaluate } from '../../evaluation/evaluate';

const repair = {
  materials: [
    { name: '角阀', qty: 2, price: 15, charged: true },
    { name: '软管', qty: '1', price: '28.5', charged: false },
    { name: '备注行', qty: null, price: 'n/a', charged: true },
  ],
};

describe('sum_by', () => {
  it('should sum an expression over the rows of a sub-form', () => {
    // given material rows with quantities and prices, some as text
    // when the line totals are summed
    const result = evaluate({ sum_by: [{ var: 'materials' }, { '*': [{ var: 'qty' }, { var: 'price' }] }] }, repair);

    // then numeric text counts and the unusable row counts as 0 (2×15 + 1×28.5 + NaN→0)
    expect(result).toEqual({ ok: true, value: 58.5 });
  });

  it('should read a field by path when the second argument is a string', () => {
    // given the same rows
    // when prices are summed by field name
    const result = evaluate({ sum_by: [{ var: 'materials' }, 'price'] }, repair);

    // then numeric text is parsed and "n/a" is ignored
    expect(result).toEqual({ ok: true, value: 43.5 });
  });

  it('should be 0 when the sub-form is absent', () => {
    // given no rows
    // when summing
    const result = evaluate({ sum_by: [{ var: 'materials' }, 'price'] }, {});

    // then the sum is 0
    expect(result).toEqual({ ok: true, value: 0 });
  });

  it('should not reach prototypes through the path shorthand', () => {
    // given rows and a forbidden path
    // when summing "constructor.length"
    const result = evaluate({ sum_by: [{ var: 'materials' }, 'constructor.length'] }, repair);

    // then nothing is read
    expect(result).toEqual({ ok: true, value: 0 });
  });
});

describe('count_where', () => {
  it('should count rows passing a test', () => {
    // given material rows
    // when counting the charged ones
    const result = evaluate({ count_where: [{ var: 'materials' }, { var: 'charged' }] }, repair);

    // then two rows are charged
    expect(result).toEqual({ ok: true, value: 2 });
  });

  it('should count truthy fields with the path shorthand and be 0 without rows', () => {
    // given rows, then no rows
    const rule = { count_where: [{ var: 'materials' }, 'charged'] };

    // when counting
    const counted = [evaluate(rule, repair), evaluate(rule, { materials: 'none' })];

    // then the shorthand counts and a non-array counts nothing
    expect(counted).toEqual([
      { ok: true, value: 2 },
      { ok: true, value: 0 },
    ]);
  });
});

describe('round', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1234.5678, -2, 1200],
    ['19.995', 2, 20],
    [-0.4, 0, 0],
  ])('should round %j to %j digits half away from zero', (value, digits, expected) => {
    // given a value and a number of digits
    // when it is rounded
    const result = evaluate({ round: [{ var: 'v' }, digits] }, { v: value });

    // then it is rounded the way people round money (四舍五入)
    expect(result).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['text', 'abc', 0],
    ['null', null, 0],
    ['fractional digits', 1.5, 0.5],
    ['too many digits', 1.5, 13],
  ])('should yield null for %s', (_case, value, digits) => {
    // given an unusable value or digit count
    // when rounding
    const result = evaluate({ round: [{ var: 'v' }, digits] }, { v: value });

    // then the result is null
    expect(result).toEqual({ ok: true, value: null });
  });

  it('should round to whole numbers without a digits argument', () => {
    // given a fractional hour count
    // when rounding with one argument
    const result = evaluate({ round: 2.49 }, {});

    // then it rounds to an integer
    expect(result).toEqual({ ok: true, value: 2 });
  });
});

describe('coalesce', () => {
  it('should return the first value that is not null and keep empty text and zero', () => {
    // given absent, null, empty and zero values
    const data = { a: null, b: '', c: 0 };

    // when coalescing them
    const results = [
      evaluate({ coalesce: [{ var: 'nope' }, { var: 'a' }, { var: 'b' }] }, data),
      evaluate({ coalesce: [{ var: 'a' }, { var: 'c' }] }, data),
    ];

    // then "" and 0 are values
    expect(results).toEqual([
      { ok: true, value: '' },
      { ok: true, value: 0 },
    ]);
  });

  it('should not evaluate arguments after the first value', () => {
    // given a later argument that would fail (no clock)
    // when an earlier argument has a value
    const result = evaluate({ coalesce: ['set', { now: [] }] }, {});

    // then the later argument never runs
    expect(result).toEqual({ ok: true, value: 'set' });
  });

  it('should be null when every argument is null', () => {
    // given only gaps
    // when coalescing
    const result = evaluate({ coalesce: [{ var: 'x' }, null] }, {});

    // then the result is null
    expect(result).toEqual({ ok: true, value: null });
  });
});
