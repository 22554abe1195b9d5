import { MONEY_MAX, roundToFen } from './money.util';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['', '拾', '佰', '仟'] as const;
const GROUPS = ['', '万', '亿'] as const;

/** A group of four digits (1–9999) without leading 零; zeros inside collapse to one 零, trailing ones vanish. */
function group(value: number): string {
  let text = '';
  let zero = false;
  for (let place = 3; place >= 0; place -= 1) {
    const digit = Math.floor(value / 10 ** place) % 10;
    if (digit === 0) {
      zero = text !== '';
      continue;
    }
    text += `${zero ? '零' : ''}${DIGITS[digit]}${PLACES[place]}`;
    zero = false;
  }
  return text;
}

/** 元 part: groups of 亿, 万 and units, with one 零 where a gap of zeros separates two non-zero digits. */
function yuan(value: number): string {
  const groups = [Math.floor(value / 1e8), Math.floor(value / 1e4) % 1e4, value % 1e4];
  let text = '';
  let gap = false;
  groups.forEach((part, i) => {
    if (part === 0) {
      gap = text !== '';
      return;
    }
    text += `${text !== '' && (gap || part < 1000) ? '零' : ''}${group(part)}${GROUPS[2 - i]}`;
    gap = false;
  });
  return text;
}

/**
 * The amount in Chinese financial uppercase (大写金额), as written on receipts and bank forms:
 *
 * - 1234.56 → 壹仟贰佰叁拾肆元伍角陆分; 10 → 壹拾元整 (壹 is always written before 拾);
 * - zeros between digits are one 零 (1409.5 → 壹仟肆佰零玖元伍角整; 100010000 → 壹亿零壹万元整);
 * - no 零 between 元 and 角 (1680.32 → 壹仟陆佰捌拾元叁角贰分), but 零 when 角 is zero and 分 is not
 *   (325.04 → 叁佰贰拾伍元零肆分);
 * - 整 closes an amount without 分 (100 → 壹佰元整, 0.5 → 伍角整); 0 → 零元整; negatives start with 负.
 *
 * The amount is first rounded half away from zero to the fen. `null` for a non-finite amount or one beyond
 * ±999 999 999 999.99.
 */
export function toChineseUppercase(amount: number): string | null {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return null;
  const rounded = roundToFen(amount);
  if (Math.abs(rounded) > MONEY_MAX) return null;
  const fen = Math.round(Math.abs(rounded) * 100);
  const whole = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  const sign = rounded < 0 ? '负' : '';
  if (fen === 0) return '零元整';
  const head = whole > 0 ? `${yuan(whole)}元` : '';
  const jiaoText = jiao > 0 ? `${DIGITS[jiao]}角` : whole > 0 && cents > 0 ? '零' : '';
  const tail = cents > 0 ? `${DIGITS[cents]}分` : '整';
  return `${sign}${head}${jiaoText}${tail}`;
}
