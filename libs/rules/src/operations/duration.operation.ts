import { parseDuration } from '../dates/duration.util';
import { problem } from '../problems/rule-problem.type';
import { eager } from './compile-helpers';
import type { OperationDefinition } from './operation.type';

function durationMillis(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const parsed = parseDuration(text);
  return parsed.ok ? parsed.millis : null;
}

/**
 * `{ "duration": "PT4H" }`: an ISO 8601 duration in milliseconds (days are 24 hours; weeks 7 days). Years and
 * months have no fixed length: they give `null` and `checkRule` reports `INVALID_DURATION`.
 */
export const durationOperation: OperationDefinition = {
  name: 'duration',
  family: 'date',
  summary: 'An ISO 8601 duration (`PT30M`, `P1DT4H`, `-PT15M`) in milliseconds; years and months are refused.',
  arity: { min: 1, max: 1 },
  signature: { params: [['string']], result: 'number' },
  checkLiterals: (raw, paths) => {
    const [text] = raw;
    if (typeof text !== 'string') return [];
    const parsed = parseDuration(text);
    if (parsed.ok) return [];
    const why =
      parsed.reason === 'syntax' ? 'is not an ISO 8601 duration' : 'uses years or months, which have no fixed length';
    return [problem('INVALID_DURATION', paths[0] ?? '', `"${text}" ${why}.`)];
  },
  examples: [
    { description: 'response target of an urgent ticket', rule: { duration: 'PT30M' }, result: 1_800_000 },
    { description: 'one and a half days', rule: { duration: 'P1DT12H' }, result: 129_600_000 },
  ],
  compile: (input) => {
    const [literal] = input.raw;
    if (typeof literal === 'string' && input.raw.length === 1) {
      const millis = durationMillis(literal);
      return () => millis;
    }
    return eager(([text]) => durationMillis(text))(input);
  },
};
