import type { FieldDefinition } from '../../index';
import { evaluateForm } from '../../index';
import { codes, formOf, validateOne } from '../../../test/support/one-field';
import { context } from '../../../test/support/fixtures';

describe('number fields', () => {
  const area: FieldDefinition = { key: 'area', type: 'number', label: '面积', min: 0, max: 500, decimals: 2 };

  it.each([
    [12.5, 12.5],
    ['12.5', 12.5],
    [' 30 ', 30],
    ['+7', 7],
    [-0, 0],
  ])('should coerce %p to %p', (input, stored) => {
    // given a number field
    // when a number or numeric text is submitted
    // then the number is stored
    expect(validateOne(area, input).value).toEqual({ area: stored });
  });

  it.each([['1e3'], ['0x10'], ['12,5'], ['十二'], [true], [[1]], [{}], [Infinity]])(
    'should refuse %p: no other coercion',
    (input) => {
      // given a number field
      // when something that is not plain numeric text is submitted
      // then the type is wrong and nothing is stored
      const result = validateOne(area, input);
      expect(codes(result)).toEqual(['TYPE_MISMATCH']);
      expect(result.value).toEqual({ area: null });
    },
  );

  it('should enforce the range and the decimals', () => {
    // given a field of 0–500 with 2 decimals
    // when values outside are submitted
    // then each limit is named with its bound
    expect(validateOne(area, -1).problems[0]?.params).toEqual({ min: 0 });
    expect(codes(validateOne(area, 500.01))).toEqual(['MAX_VALUE']);
    expect(codes(validateOne(area, 1.234))).toEqual(['TOO_MANY_DECIMALS']);
  });

  it('should round a computed number to its decimals', () => {
    // given a computed ratio with one decimal
    const form = formOf(
      { key: 'a', type: 'number', label: 'A' },
      { key: 'ratio', type: 'number', label: '比例', decimals: 1, computed: { '/': [{ var: 'a' }, 3] } },
    );

    // when it is evaluated
    // then it is rounded half away from zero
    expect(evaluateForm(form, { a: 10 }, context).values.ratio).toBe(3.3);
  });
});

describe('integer fields', () => {
  const count: FieldDefinition = { key: 'count', type: 'integer', label: '数量', min: 1 };

  it('should accept whole numbers and numeric text, and refuse fractions', () => {
    // given an integer field
    // when values are submitted
    // then only whole numbers pass
    expect(validateOne(count, '3').value).toEqual({ count: 3 });
    expect(codes(validateOne(count, 2.5))).toEqual(['NOT_INTEGER']);
    expect(codes(validateOne(count, 0))).toEqual(['MIN_VALUE']);
    expect(codes(validateOne(count, 2 ** 60))).toEqual(['NOT_INTEGER']);
  });
});

describe('money fields', () => {
  const fee: FieldDefinition = { key: 'fee', type: 'money', label: { 'zh-CN': '费用', en: 'Fee' }, min: 0 };

  it('should store yuan with at most two decimals', () => {
    // given a money field
    // when amounts are submitted
    // then two decimals pass and a third is refused (no silent rounding of input)
    expect(validateOne(fee, '1234.50').value).toEqual({ fee: 1234.5 });
    expect(codes(validateOne(fee, 0.1))).toEqual([]);
    expect(codes(validateOne(fee, 12.345))).toEqual(['TOO_MANY_DECIMALS']);
    expect(codes(validateOne(fee, -1))).toEqual(['MIN_VALUE']);
    expect(codes(validateOne({ ...fee, min: undefined }, 1e13))).toEqual(['MAX_VALUE']);
  });

  it('should round computed amounts to the fen and show the Chinese uppercase', () => {
    // given a price and a quantity whose product has binary noise (0.1 × 3)
    const form = formOf(
      { key: 'price', type: 'money', label: '单价' },
      { key: 'quantity', type: 'integer', label: '数量' },
      { key: 'total', type: 'money', label: '合计', computed: { '*': [{ var: 'price' }, { var: 'quantity' }] } },
    );

    // when the form is evaluated
    const evaluation = evaluateForm(form, { price: 0.1, quantity: 3 }, context);

    // then the total is exactly 0.3 and reads 叁角整
    expect(evaluation.values.total).toBe(0.3);
    expect(evaluation.fields.total?.amountInWords).toBe('叁角整');
    expect(evaluation.fields.price?.amountInWords).toBe('壹角整');
  });
});

describe('rating fields', () => {
  it.each([
    [{}, 5, []],
    [{}, 0, ['MIN_VALUE']],
    [{}, 6, ['MAX_VALUE']],
    [{}, 4.5, ['NOT_INTEGER']],
    [{ max: 10 }, 10, []],
    [{}, '3', []],
  ])('should judge a rating %j of %p', (extra, value, expected) => {
    // given a rating (1–5 unless max says otherwise)
    const rating = { key: 'stars', type: 'rating', label: '评分', ...extra } as FieldDefinition;

    // when a score is submitted
    // then only whole scores from 1 to max pass
    expect(codes(validateOne(rating, value))).toEqual(expected);
  });
});
