/** Problems found while compiling or evaluating a rule. */
export type EvaluationProblemCode =
  | 'RULE_NOT_JSON'
  | 'RULE_TOO_DEEP'
  | 'RULE_TOO_LARGE'
  | 'UNKNOWN_OPERATION'
  | 'LIMIT_ARRAY_LENGTH'
  | 'LIMIT_ITERATIONS'
  | 'LIMIT_STRING_LENGTH'
  | 'LIMIT_RESULT_DEPTH'
  | 'CLOCK_MISSING'
  | 'CLOCK_INVALID'
  | 'CALENDAR_MISSING'
  | 'INVALID_TIME_ZONE'
  | 'EVALUATION_FAILED';

/** Problems only the static checker (`checkRule`) reports. */
export type CheckProblemCode =
  | 'ARITY'
  | 'ARGUMENT_TYPE'
  | 'INVALID_ARGUMENT'
  | 'INVALID_DURATION'
  | 'INVALID_DATE'
  | 'UNDECLARED_VARIABLE'
  | 'FORBIDDEN_PATH_SEGMENT'
  | 'DYNAMIC_VARIABLE_PATH'
  | 'NON_BOOLEAN_CONDITION'
  | 'RESULT_TYPE';

/** Problems of decision tables, static (`checkTable`) or at evaluation (`evaluateTable`). */
export type TableProblemCode =
  | 'TABLE_INVALID'
  | 'TABLE_DUPLICATE_ID'
  | 'TABLE_UNKNOWN_INPUT'
  | 'TABLE_UNKNOWN_OUTPUT'
  | 'TABLE_MISSING_OUTPUT'
  | 'TABLE_ENTRY_INVALID'
  | 'TABLE_OUTPUT_INVALID'
  | 'TABLE_AGGREGATION_INVALID'
  | 'TABLE_PRIORITY_MISSING'
  | 'TABLE_EMPTY'
  | 'TABLE_OVERLAP'
  | 'TABLE_ROW_NEVER_MATCHES'
  | 'TABLE_ROW_SHADOWED'
  | 'TABLE_INCOMPLETE'
  | 'TABLE_ANALYSIS_UNDECIDABLE'
  | 'TABLE_UNIQUE_VIOLATION';

/** Problems of assignment strategies and requests. */
export type AssignmentProblemCode =
  'ASSIGNMENT_INVALID' | 'ASSIGNMENT_STEP_ORDER' | 'ASSIGNMENT_DUPLICATE_CANDIDATE' | 'ASSIGNMENT_RULE_RESULT';

/** Problems of business calendars and working-time calculations. */
export type CalendarProblemCode =
  | 'CALENDAR_INVALID'
  | 'CALENDAR_INVALID_TIME_ZONE'
  | 'CALENDAR_INVALID_HOURS'
  | 'CALENDAR_INVALID_DATE'
  | 'CALENDAR_CONFLICT'
  | 'CALENDAR_NO_WORKING_TIME'
  | 'CALENDAR_OUTSIDE_COVERAGE'
  | 'CALENDAR_INVALID_INSTANT'
  | 'CALENDAR_INVALID_DURATION'
  | 'CALENDAR_HORIZON_EXCEEDED';

/** Every problem code this library reports; stable, meant for i18n keys and API error mapping. */
export type RuleProblemCode =
  EvaluationProblemCode | CheckProblemCode | TableProblemCode | AssignmentProblemCode | CalendarProblemCode;
