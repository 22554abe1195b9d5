// Public API of @anxin/process-engine.
// The untyped bpmn-moddle and bpmnlint modules are declared here so that every project compiling this library
// (the api, the designer) sees the declarations without listing them in its own tsconfig.
/* eslint-disable @typescript-eslint/triple-slash-reference -- ambient module declarations have no import form */
/// <reference path="./moddle/bpmn-moddle.d.ts" />
/// <reference path="./parsing/bpmnlint.d.ts" />
/* eslint-enable @typescript-eslint/triple-slash-reference */

export * from './model/process-model.type';
export * from './model/model-problem.type';

export { parseProcess } from './parsing/parse-process';
export type { ParseProcessOptions, ParseProcessResult } from './parsing/parse-process.type';
export { hasModelErrors } from './parsing/has-model-errors';
export { anxinModdle } from './moddle/anxin-moddle';

export { start } from './engine/start';
export { execute } from './engine/execute';
export { EngineInvariantError } from './engine/step-context';
export type { EngineEnv } from './engine/engine-env.type';
export type { CommandError, CommandErrorCode, StartInput, StepResult } from './engine/step-result.type';
export type * from './commands/command.type';
export type * from './effects/effect.type';
export type * from './state/instance-state.type';

export { projectTicket } from './ticket/project-ticket';
export type { TicketProjectionResult } from './ticket/project-ticket';

export { checkInvariants } from './invariants/check-invariants';
export type { InvariantCode, InvariantViolation } from './invariants/check-invariants';
