import type { CommandError, CommandErrorCode } from '@anxin/process-engine';

/** What kind of failure an application error is; one table maps each to a GraphQL error code. */
export type ErrorCategory = 'user' | 'not-found' | 'forbidden' | 'conflict' | 'transient' | 'internal';

export type RuntimeErrorCode =
  | CommandErrorCode
  | 'definition.invalid'
  | 'definition.notFound'
  | 'instance.notFound'
  | 'task.alreadyDone'
  | 'revision.conflict'
  | 'incident.notFound'
  | 'incident.notOpen';

/** An application error with a code, a category and the path of the offending input. Never an HTTP error. */
export class RuntimeError extends Error {
  override readonly name = 'RuntimeError';

  constructor(
    readonly code: RuntimeErrorCode,
    readonly category: ErrorCategory,
    message: string,
    readonly path = '',
    readonly details?: unknown,
  ) {
    super(message);
  }

  static instanceNotFound(instanceId: string): RuntimeError {
    return new RuntimeError('instance.notFound', 'not-found', `no process instance ${instanceId}`, 'instanceId');
  }

  static definitionNotFound(kind: string, key: string, version?: number): RuntimeError {
    const which = version === undefined ? 'deployed' : `version ${version}`;
    return new RuntimeError('definition.notFound', 'not-found', `no ${which} ${kind} definition "${key}"`, 'key');
  }

  static taskAlreadyDone(taskId: string, status: string): RuntimeError {
    return new RuntimeError('task.alreadyDone', 'conflict', `task ${taskId} is already ${status}`, 'taskId');
  }

  static incidentNotFound(incidentId: string): RuntimeError {
    return new RuntimeError('incident.notFound', 'not-found', `no incident ${incidentId}`, 'incidentId');
  }

  static incidentNotOpen(incidentId: string): RuntimeError {
    return new RuntimeError('incident.notOpen', 'conflict', `incident ${incidentId} is already resolved`, 'incidentId');
  }

  static revisionConflict(instanceId: string, attempts: number): RuntimeError {
    return new RuntimeError(
      'revision.conflict',
      'transient',
      `instance ${instanceId} kept changing: gave up after ${attempts} attempts`,
    );
  }
}

/** Every engine refusal, by category: the compiler insists the table is complete. */
const COMMAND_ERROR_CATEGORY: Readonly<Record<CommandErrorCode, ErrorCategory>> = {
  'command.unknown': 'user',
  'instance.notRunning': 'conflict',
  'task.notFound': 'not-found',
  'task.notAllowed': 'forbidden',
  'task.notApproval': 'user',
  'task.blocked': 'conflict',
  'task.notDelegated': 'conflict',
  'task.alreadyAssigned': 'conflict',
  'timer.notFound': 'not-found',
  'action.notFound': 'not-found',
  'message.notExpected': 'conflict',
  'signer.invalid': 'user',
  'return.invalidTarget': 'user',
  'withdraw.notPossible': 'conflict',
  'revoke.notAllowed': 'forbidden',
  'start.invalid': 'user',
  'rule.failed': 'user',
};

export function fromCommandError(error: CommandError): RuntimeError {
  return new RuntimeError(error.code, COMMAND_ERROR_CATEGORY[error.code], error.message, error.path);
}
