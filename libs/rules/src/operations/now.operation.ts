import { nowMillis } from '../evaluation/evaluation-context';
import { formatInstant } from '../dates/instant.util';
import type { OperationDefinition } from './operation.type';

/**
 * `{ "now": [] }`: the injected clock's instant as an ISO 8601 UTC string. The clock is read once per evaluation,
 * so every `now` in one rule sees the same instant. Without `env.now` the evaluation fails with `CLOCK_MISSING`.
 */
export const nowOperation: OperationDefinition = {
  name: 'now',
  family: 'date',
  summary: 'The current instant from the injected clock, as an ISO 8601 UTC string (`2025-01-28T02:00:00.000Z`).',
  arity: { min: 0, max: 0 },
  signature: { params: [], result: 'date' },
  examples: [
    {
      description: 'the instant a ticket is accepted',
      rule: { now: [] },
      now: '2025-01-28T02:00:00.000Z',
      result: '2025-01-28T02:00:00.000Z',
    },
  ],
  compile:
    ({ path }) =>
    (_data, ctx) =>
      formatInstant(nowMillis(ctx, path)),
};
