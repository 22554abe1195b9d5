/**
 * Money is a number of yuan (元) with at most two decimals: `1234.56`. Rules compare and add it directly
 * (`{ ">": [{ "var": "fee" }, 500] }`), the way process conditions and reports already speak of 元.
 * Every amount up to ±999 999 999 999.99 keeps its two decimals exactly in a double, and `roundToFen` removes the
 * noise of arithmetic (`0.1 + 0.2`) from computed amounts before they are stored.
 */
export const MONEY_MAX = 999_999_999_999.99;

/**
 * Decimal places of a number as JSON writes it (`1.5` → 1, `0.30000000000000004` → 17, `1e-7` → 7). This is the
 * text the client sent, so the count is exact.
 */
export function decimalPlaces(value: number): number {
  const text = String(Math.abs(value));
  const exponent = text.indexOf('e');
  if (exponent >= 0) {
    const mantissa = text.slice(0, exponent).split('.')[1]?.length ?? 0;
    return Math.max(0, mantissa - Number(text.slice(exponent + 1)));
  }
  return text.split('.')[1]?.length ?? 0;
}

/**
 * Whether a number has at most `decimals` decimal places as JSON writes it. Equivalent to
 * `decimalPlaces(value) <= decimals`, without building the text for the common cases.
 */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  if (Number.isInteger(value)) return true;
  const factor = 10 ** decimals;
  const scaled = value * factor;
  // The product is rounded: a match proves few decimals, a miss proves nothing (281802190.5378947 × 10⁷ misses),
  // so only a match skips the text.
  if (Math.abs(scaled) < 2 ** 52 && Math.round(scaled) / factor === value) return true;
  return decimalPlaces(value) <= decimals;
}

/** Rounds half away from zero (四舍五入) to two decimals; `-0` becomes `0`. */
export function roundToFen(amount: number): number {
  if (Number.isInteger(amount * 100)) return amount + 0;
  const scaled = Number((amount * 100).toPrecision(15));
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / 100 + 0;
}
