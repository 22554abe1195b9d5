import { isKnownTimeZone } from './known-time-zone.util';
import { RuleFault } from '../problems/rule-fault.error';
import { DEFAULT_TIME_ZONE, type RuleEnv } from './rule-env.type';
import type { RuleLimits } from './rule-limits';

/** Mutable state of one evaluation: the budget spent so far and the instant `now` froze. */
export interface EvaluationContext {
  readonly env: RuleEnv;
  readonly limits: RuleLimits;
  iterations: number;
  nowMillis: number | undefined;
  zone: string | undefined;
}

/** A compiled rule node: evaluates against the current data (the element inside `map`, `filter`, …). */
export type CompiledNode = (data: unknown, ctx: EvaluationContext) => unknown;

/** Starts an evaluation. */
export function createContext(env: RuleEnv, limits: RuleLimits): EvaluationContext {
  return { env, limits, iterations: 0, nowMillis: undefined, zone: undefined };
}

/** Counts an array about to be visited against the limits; throws a fault when a bound is exceeded. */
export function spendIterations(ctx: EvaluationContext, length: number, path: string): void {
  if (length > ctx.limits.maxArrayLength) throw RuleFault.arrayTooLong(path, length, ctx.limits.maxArrayLength);
  ctx.iterations += length;
  if (ctx.iterations > ctx.limits.maxIterations) throw RuleFault.tooManyIterations(path, ctx.limits.maxIterations);
}

/** The injected clock's current instant in epoch milliseconds, read once per evaluation. */
export function nowMillis(ctx: EvaluationContext, path: string): number {
  if (ctx.nowMillis !== undefined) return ctx.nowMillis;
  const clock = ctx.env.now;
  if (clock === undefined) throw RuleFault.of('CLOCK_MISSING', path, '"now" needs a clock: pass env.now.');
  const value = clock();
  const millis = typeof value === 'number' ? value : value.getTime();
  if (!Number.isFinite(millis)) throw RuleFault.of('CLOCK_INVALID', path, 'env.now returned an invalid instant.');
  ctx.nowMillis = millis;
  return millis;
}

/** The validated IANA zone of this evaluation. */
export function timeZoneOf(ctx: EvaluationContext, path: string): string {
  if (ctx.zone !== undefined) return ctx.zone;
  const zone = ctx.env.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isKnownTimeZone(zone)) throw RuleFault.of('INVALID_TIME_ZONE', path, `Unknown time zone "${zone}".`);
  ctx.zone = zone;
  return zone;
}
