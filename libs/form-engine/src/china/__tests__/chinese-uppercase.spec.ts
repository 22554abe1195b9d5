import fc from 'fast-check';
import { toChineseUppercase } from '../chinese-uppercase';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const PLACES: Readonly<Record<string, number>> = { 拾: 10, 佰: 100, 仟: 1000 };

/** Reads an uppercase amount back into fen, to prove the writing loses nothing. */
function parseFen(text: string): number {
  let rest = text;
  const sign = rest.startsWith('负') ? -1 : 1;
  if (sign < 0) rest = rest.slice(1);
  let [yi, wan, section, digit, yuan, fen] = [0, 0, 0, 0, 0, 0];
  for (const ch of rest) {
    if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
    else if (ch in PLACES) [section, digit] = [section + digit * (PLACES[ch] ?? 0), 0];
    else if (ch === '亿') [yi, section, digit] = [section + digit, 0, 0];
    else if (ch === '万') [wan, section, digit] = [section + digit, 0, 0];
    else if (ch === '元') [yuan, digit] = [yi * 1e8 + wan * 1e4 + section + digit, 0];
    else if (ch === '角') [fen, digit] = [fen + digit * 10, 0];
    else if (ch === '分') [fen, digit] = [fen + digit, 0];
  }
  return sign * (yuan * 100 + fen) + 0;
}

describe('toChineseUppercase (大写金额)', () => {
  it.each([
    [0, '零元整'],
    [0.01, '壹分'],
    [0.05, '伍分'],
    [0.1, '壹角整'],
    [0.5, '伍角整'],
    [0.55, '伍角伍分'],
    [1, '壹元整'],
    [10, '壹拾元整'],
    [15, '壹拾伍元整'],
    [100, '壹佰元整'],
    [100.1, '壹佰元壹角整'],
    [101, '壹佰零壹元整'],
    [110, '壹佰壹拾元整'],
    [1000, '壹仟元整'],
    [1001, '壹仟零壹元整'],
    [1010, '壹仟零壹拾元整'],
    [1100, '壹仟壹佰元整'],
    [1234.56, '壹仟贰佰叁拾肆元伍角陆分'],
    [1409.5, '壹仟肆佰零玖元伍角整'],
    [6007.14, '陆仟零柒元壹角肆分'],
    [1680.32, '壹仟陆佰捌拾元叁角贰分'],
    [325.04, '叁佰贰拾伍元零肆分'],
    [16409.02, '壹万陆仟肆佰零玖元零贰分'],
    [10000, '壹万元整'],
    [10001, '壹万零壹元整'],
    [10010, '壹万零壹拾元整'],
    [100000, '壹拾万元整'],
    [107000.53, '壹拾万柒仟元伍角叁分'],
    [200300, '贰拾万零叁佰元整'],
    [20000300, '贰仟万零叁佰元整'],
    [100000000, '壹亿元整'],
    [100010000, '壹亿零壹万元整'],
    [110000001, '壹亿壹仟万零壹元整'],
    [1000000000, '壹拾亿元整'],
    [1000000001, '壹拾亿零壹元整'],
    [2000003000, '贰拾亿零叁仟元整'],
    [999999999999.99, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    [-1234.56, '负壹仟贰佰叁拾肆元伍角陆分'],
    [-0.5, '负伍角整'],
  ])('should write %p as %s', (amount, expected) => {
    // given an amount of yuan
    // when it is written in uppercase
    // then it follows the 零 and 整 rules of 《支付结算办法》
    expect(toChineseUppercase(amount)).toBe(expected);
  });

  it('should round half away from zero to the fen first', () => {
    // given amounts with a third decimal
    // when they are written
    // then 1.005 is 1.01 (not 1.00 as binary rounding would give) and -0.001 is zero
    expect(toChineseUppercase(1.005)).toBe('壹元零壹分');
    expect(toChineseUppercase(2.675)).toBe('贰元陆角捌分');
    expect(toChineseUppercase(-0.001)).toBe('零元整');
  });

  it.each([[NaN], [Infinity], [-Infinity], [1e12], [-1e12], ['12' as unknown as number]])(
    'should refuse %p',
    (amount) => {
      // given something that is not an amount in range
      // when it is written
      // then there is no text
      expect(toChineseUppercase(amount)).toBeNull();
    },
  );

  it('should read back to the same amount for any amount, with no doubled or leading 零 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }), (fen) => {
        // given any amount in fen
        const text = toChineseUppercase(fen / 100) ?? '';

        // when it is written and read back
        // then nothing is lost, 零 never doubles nor leads nor precedes a unit, and 整 ends exactly the amounts without 分
        expect(parseFen(text)).toBe(fen);
        if (fen !== 0) expect(text).not.toMatch(/零零|^负?零|零[元万亿角分拾佰仟]/);
        expect(text.endsWith('整')).toBe(fen % 10 === 0);
      }),
      { numRuns: 1000 },
    );
  });
});
