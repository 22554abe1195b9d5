import type { RuleEnv } from '../evaluation/rule-env.type';
import type { JsonLogicRule, JsonValue } from '../json/json-value.type';
import type { RuleProblem } from '../problems/rule-problem.type';

/** An engineer the caller considers for a task, with what the strategy may look at. */
export interface AssignmentCandidate {
  readonly id: string;
  readonly skills: readonly string[];
  readonly teams: readonly string[];
  /** Open tasks now (accepted or in progress, not closed). */
  readonly openTasks: number;
  /** Most open tasks the engineer should hold; 0 or less means no spare capacity. */
  readonly capacity: number;
  readonly onDuty: boolean;
}

/** Filters remove candidates; with `soft: true` a filter that would remove everyone is skipped instead. */
interface FilterOptions {
  readonly soft?: boolean;
  readonly description?: string;
}

/**
 * One step of a strategy. Filters: `requireSkills` (all or any of the skills, literal or from a rule over the
 * context), `inTeams`, `onDutyOnly`, `underCapacity`. Choosers narrow the rest: `leastLoaded` keeps the least
 * loaded (ties stay), `preferPrevious` keeps the earliest previous assignee still present, `roundRobin` keeps the
 * next candidate after the cursor.
 */
export type AssignmentStep =
  | (FilterOptions & {
      readonly type: 'requireSkills';
      readonly skills?: readonly string[];
      readonly skillsRule?: JsonLogicRule;
      readonly match?: 'all' | 'any';
    })
  | (FilterOptions & {
      readonly type: 'inTeams';
      readonly teams?: readonly string[];
      readonly teamsRule?: JsonLogicRule;
    })
  | (FilterOptions & { readonly type: 'onDutyOnly' })
  | (FilterOptions & { readonly type: 'underCapacity' })
  | { readonly type: 'leastLoaded'; readonly measure?: 'openTasks' | 'utilisation'; readonly description?: string }
  | { readonly type: 'preferPrevious'; readonly description?: string }
  | { readonly type: 'roundRobin'; readonly cursor?: string; readonly description?: string };

/** The names of the step types. */
export type AssignmentStepType = AssignmentStep['type'];

/** What happens when the steps leave nobody: escalate (to a role or queue), assign a fixed person, or wait. */
export type AssignmentFallback =
  | { readonly policy: 'escalate'; readonly to?: string }
  | { readonly policy: 'assignTo'; readonly candidateId: string }
  | { readonly policy: 'leaveUnassigned' };

/** An assignment strategy definition (`definitions/rules/<key>.assignment.json`). */
export interface AssignmentStrategy {
  readonly key: string;
  readonly name?: string;
  readonly description?: string;
  readonly steps: readonly AssignmentStep[];
  readonly fallback: AssignmentFallback;
}

/** Round-robin cursors: the last candidate each rotation chose, by cursor name. Stored by the caller. */
export interface AssignmentState {
  readonly cursors: Readonly<Record<string, string>>;
}

/** Everything one assignment looks at; nothing else is read. */
export interface AssignmentRequest {
  readonly candidates: readonly AssignmentCandidate[];
  /** Data for `skillsRule` / `teamsRule` (the ticket). */
  readonly context?: JsonValue;
  /** Engineers who handled this owner, unit or asset before, most relevant first. */
  readonly previousAssigneeIds?: readonly string[];
  readonly state?: AssignmentState;
  readonly env?: RuleEnv;
}

/** Why a step removed a candidate. */
export type RemovalReason =
  | 'MISSING_SKILLS'
  | 'NOT_IN_TEAMS'
  | 'OFF_DUTY'
  | 'AT_CAPACITY'
  | 'MORE_LOADED'
  | 'NOT_PREVIOUS'
  | 'NOT_NEXT_IN_ROTATION'
  | 'TIE_BREAK';

/** A candidate a step removed, and why. */
export interface AssignmentRemoval {
  readonly candidateId: string;
  readonly reason: RemovalReason;
  readonly detail?: string;
}

/** What one step did: "why this engineer", step by step. */
export interface AssignmentTraceEntry {
  /** Index in `steps`, or -1 for the final tie-break. */
  readonly step: number;
  readonly type: AssignmentStepType | 'tieBreak';
  readonly kept: readonly string[];
  readonly removed: readonly AssignmentRemoval[];
  /** A soft filter that would have removed everyone and was skipped. */
  readonly skipped?: boolean;
  readonly note?: string;
}

/** The outcome: someone assigned (by the steps or by the fallback), an escalation, or nobody. */
export type AssignmentOutcome =
  | { readonly kind: 'assigned'; readonly candidateId: string; readonly byFallback: boolean }
  | { readonly kind: 'escalated'; readonly to: string | null }
  | { readonly kind: 'unassigned' };

/** The result of `assign`: outcome, trace and the next state, or the problems that prevented a decision. */
export type AssignmentResult =
  | {
      readonly ok: true;
      readonly outcome: AssignmentOutcome;
      readonly trace: readonly AssignmentTraceEntry[];
      readonly state: AssignmentState;
    }
  | { readonly ok: false; readonly problems: readonly RuleProblem[] };
