import type { BusinessCalendar, DecisionTable, JsonLogicRule, JsonObject, RuleResult } from '@anxin/rules';

/**
 * What the interpreter may know about the world. Nothing else is read: no system clock, no random ids, no IO.
 * Tests pass a fake clock and sequential ids; the runtime passes the real ones.
 */
export interface EngineEnv {
  /** Epoch milliseconds. */
  readonly now: () => number;
  /** A fresh id, unique across instances (the prefix says what it names: `task`, `token`, `timer`…). */
  readonly newId: (prefix: string) => string;
  /** Rule evaluation; defaults to `@anxin/rules` `evaluate` with this env's clock. */
  readonly evaluate?: (rule: JsonLogicRule, data: JsonObject) => RuleResult;
  /** Decision tables for business rule tasks, by key. */
  readonly decisionTable?: (key: string) => DecisionTable | undefined;
  /** Business calendars for working-time timers and the rules' `add_working_time`, by name. */
  readonly calendar?: (name: string) => BusinessCalendar | undefined;
}
