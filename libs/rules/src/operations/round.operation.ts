import { binary } from './compile-helpers';
import type { OperationDefinition } from './operation.type';

const MAX_DIGITS = 12;

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
}

/**
 * Rounds half away from zero (四舍五入) to `digits` decimals (negative: tens, hundreds…). `toPrecision(15)` first
 * removes binary noise, so 1.005 rounds to 1.01 as a person expects. `null` for non-numbers or digits out of ±12.
 */
export function roundHalfAwayFromZero(value: unknown, digits: unknown = 0): number | null {
  const x = toNumber(value);
  const d = digits === undefined || digits === null ? 0 : toNumber(digits);
  if (!Number.isFinite(x) || !Number.isInteger(d) || Math.abs(d) > MAX_DIGITS) return null;
  const factor = 10 ** Math.abs(d);
  const scaled = Number((d >= 0 ? x * factor : x / factor).toPrecision(15));
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled));
  return (d >= 0 ? rounded / factor : rounded * factor) + 0;
}

/** `{ "round": [value, digits?] }`: money and durations rounded half away from zero. */
export const roundOperation: OperationDefinition = {
  name: 'round',
  family: 'arithmetic',
  summary: '`[value, digits?]`: rounds half away from zero (四舍五入) to `digits` decimals (default 0, range ±12).',
  arity: { min: 1, max: 2 },
  signature: { params: [['number', 'string'], ['number']], result: 'number' },
  examples: [
    { description: 'fee to the fen', rule: { round: [{ var: 'fee' }, 2] }, data: { fee: 1.005 }, result: 1.01 },
    {
      description: 'whole hours',
      rule: { round: [{ '/': [{ var: 'minutes' }, 60] }] },
      data: { minutes: 150 },
      result: 3,
    },
  ],
  compile: binary(roundHalfAwayFromZero),
};
