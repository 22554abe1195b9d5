import type { FieldDefinition } from '../../index';
import { codes, validateOne } from '../../../test/support/one-field';

const text: FieldDefinition = { key: 'name', type: 'text', label: { 'zh-CN': '名称', en: 'Name' } };

describe('text and textarea fields', () => {
  it('should store text trimmed, and treat blank text as no value', () => {
    // given a text field
    // when text with spaces, then only spaces, are submitted
    // then the first is trimmed and the second is empty (null)
    expect(validateOne(text, '  角阀 ').value).toEqual({ name: '角阀' });
    expect(validateOne(text, '   ').value).toEqual({ name: null });
  });

  it('should refuse numbers and booleans: text fields take text only', () => {
    // given a text field
    // when a number or a boolean is submitted
    // then the type is wrong
    expect(codes(validateOne(text, 12))).toEqual(['TYPE_MISMATCH']);
    expect(codes(validateOne(text, true))).toEqual(['TYPE_MISMATCH']);
  });

  it('should count characters as people do and enforce the default 200', () => {
    // given a text field without maxLength, and one with lengths
    const bounded: FieldDefinition = { ...text, minLength: 2, maxLength: 3 };

    // when texts of various lengths are submitted (an emoji is one character)
    // then the limits hold
    expect(codes(validateOne(text, 'x'.repeat(200)))).toEqual([]);
    expect(codes(validateOne(text, 'x'.repeat(201)))).toEqual(['MAX_LENGTH']);
    expect(codes(validateOne(bounded, '😀😀😀'))).toEqual([]);
    expect(codes(validateOne(bounded, '水'))).toEqual(['MIN_LENGTH']);
    expect(validateOne(bounded, '水龙头坏').problems[0]?.params).toEqual({ max: 3 });
  });

  it('should allow 2000 characters in a textarea by default', () => {
    // given a textarea
    const textarea: FieldDefinition = { key: 'notes', type: 'textarea', label: '备注' };

    // when 2000 and 2001 characters are submitted
    // then only the second is too long
    expect(codes(validateOne(textarea, '水'.repeat(2000)))).toEqual([]);
    expect(codes(validateOne(textarea, '水'.repeat(2001)))).toEqual(['MAX_LENGTH']);
  });

  it('should match a pattern against the whole value', () => {
    // given a room number pattern
    const room: FieldDefinition = { key: 'room', type: 'text', label: '房号', pattern: '\\d{4}' };

    // when values are submitted
    // then only four digits and nothing else pass
    expect(codes(validateOne(room, '1201'))).toEqual([]);
    expect(codes(validateOne(room, '12010'))).toEqual(['PATTERN_MISMATCH']);
    expect(codes(validateOne(room, 'A1201'))).toEqual(['PATTERN_MISMATCH']);
  });
});

describe('email fields', () => {
  const email: FieldDefinition = { key: 'email', type: 'email', label: '邮箱' };

  it.each([
    ['wang@example.com', []],
    ['  wang@anxin.com.cn ', []],
    ['wang@example', ['INVALID_EMAIL']],
    ['wang example.com', ['INVALID_EMAIL']],
    ['@example.com', ['INVALID_EMAIL']],
    [`${'a'.repeat(250)}@x.cn`, ['INVALID_EMAIL']],
  ])('should judge %s', (value, expected) => {
    // given an email field
    // when an address is submitted
    // then only a plausible address of at most 254 characters passes
    expect(codes(validateOne(email, value))).toEqual(expected);
  });
});

describe('phone fields', () => {
  it.each([
    ['any', '13800138000', []],
    ['any', '0755-12345678', []],
    ['mobile', '0755-12345678', ['INVALID_PHONE']],
    ['landline', '13800138000', ['INVALID_PHONE']],
    ['landline', '021-12345678转8001', []],
    ['any', '12345', ['INVALID_PHONE']],
  ] as const)('should judge a %s number %s', (kind, value, expected) => {
    // given a phone field of a kind
    const phone: FieldDefinition = { key: 'phone', type: 'phone', label: '电话', kind };

    // when a number is submitted
    // then it is checked by the mainland formats
    expect(codes(validateOne(phone, value))).toEqual(expected);
  });

  it('should say which kind it wanted, in both languages', () => {
    // given a mobile-only field
    const phone: FieldDefinition = {
      key: 'phone',
      type: 'phone',
      label: { 'zh-CN': '手机', en: 'Mobile' },
      kind: 'mobile',
    };

    // when a landline is submitted
    const [problem] = validateOne(phone, '010-12345678').problems;

    // then the message names the kind
    expect(problem?.messages).toEqual({
      'zh-CN': '“手机”不是有效的手机号',
      en: '"Mobile" is not a valid mainland mobile number.',
    });
  });
});

describe('id-card fields', () => {
  const idCard: FieldDefinition = { key: 'idCard', type: 'id-card', label: '身份证号' };

  it('should upper-case a final x and accept a valid number', () => {
    // given the standard's example written with a lower-case x
    // when it is submitted
    // then it is stored with X
    const result = validateOne(idCard, ' 11010519491231002x ');
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({ idCard: '11010519491231002X' });
  });

  it.each([
    ['110105194912310021', 'ID_CARD_CHECKSUM'],
    ['110105194902300029', 'ID_CARD_BIRTH_DATE'],
    ['110105203001010015', 'ID_CARD_BIRTH_DATE'],
    ['99010519491231002X', 'ID_CARD_REGION'],
    ['1101051949123100', 'INVALID_ID_CARD'],
  ])('should refuse %s with %s', (value, code) => {
    // given an id-card field and the fixtures' clock (2025-01-28)
    // when a faulty number is submitted
    // then the fault is named
    expect(codes(validateOne(idCard, value))).toEqual([code]);
  });
});
