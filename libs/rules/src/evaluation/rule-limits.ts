/** Bounds that keep any rule, however hostile, cheap to check and to evaluate. */
export interface RuleLimits {
  /** Deepest nesting of operations and literal arrays/objects (an operation's argument list adds no level). */
  readonly maxDepth: number;
  /** Largest rule, in bytes of its UTF-8 JSON text. */
  readonly maxRuleBytes: number;
  /** Longest array an array operation (`map`, `filter`, `merge`, `missing`, …) may take or build. */
  readonly maxArrayLength: number;
  /** Total elements all array operations of one evaluation may visit. */
  readonly maxIterations: number;
  /** Longest string `cat` may build. */
  readonly maxStringLength: number;
  /** Deepest result value (guards against cyclic data). */
  readonly maxResultDepth: number;
}

/** The defaults: depth 32, 64 KiB, 10 000 elements per array, 100 000 iterations, 1 000 000 characters. */
export const DEFAULT_RULE_LIMITS: RuleLimits = Object.freeze({
  maxDepth: 32,
  maxRuleBytes: 64 * 1024,
  maxArrayLength: 10_000,
  maxIterations: 100_000,
  maxStringLength: 1_000_000,
  maxResultDepth: 64,
});

/** Completes partial limits with the defaults. */
export function resolveLimits(limits: Partial<RuleLimits> | undefined): RuleLimits {
  return limits === undefined ? DEFAULT_RULE_LIMITS : { ...DEFAULT_RULE_LIMITS, ...limits };
}
