import {
  ForeignKeyConstraintViolationException,
  NotFoundError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { HttpException, HttpStatus } from '@nestjs/common';
import { RuntimeError } from '../../engine-runtime/runtime-error';
import { AppError, type AppErrorCategory } from './app-error';
import type { GraphqlErrorCode } from './graphql-error-code';
import type { Problem } from './problem.type';

/** THE table: every application error category to the GraphQL code clients see. The compiler insists it is whole. */
export const GRAPHQL_CODE_BY_CATEGORY: Readonly<Record<AppErrorCategory, GraphqlErrorCode>> = {
  user: 'BAD_USER_INPUT',
  'not-found': 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  conflict: 'CONFLICT',
  // A race the runtime gave up retrying: the request was sound, sending it again may succeed (`retryable`).
  transient: 'CONFLICT',
  internal: 'INTERNAL',
  unauthenticated: 'UNAUTHENTICATED',
  'rate-limited': 'RATE_LIMITED',
  'invalid-submission': 'VALIDATION_FAILED',
  'invalid-definition': 'DEFINITION_INVALID',
  // Work the server cut short (a report query over its statement timeout): a narrower request may succeed.
  timeout: 'TIMEOUT',
};

/** HTTP status for the same codes, for REST endpoints and errors raised before GraphQL runs (body too large). */
export const HTTP_STATUS_BY_CODE: Readonly<Record<GraphqlErrorCode, number>> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  VALIDATION_FAILED: HttpStatus.UNPROCESSABLE_ENTITY,
  DEFINITION_INVALID: HttpStatus.UNPROCESSABLE_ENTITY,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  TIMEOUT: HttpStatus.SERVICE_UNAVAILABLE,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** What a client may learn about a failure. `internal` errors carry a generic message; the cause is logged. */
export interface ClientError {
  readonly code: GraphqlErrorCode;
  readonly message: string;
  /** The application's precise code (`task.alreadyDone`, `auth.invalidCredentials`…), when there is one. */
  readonly reason?: string;
  /** The offending input, e.g. `taskId`. */
  readonly field?: string;
  readonly problems?: readonly Problem[];
  readonly retryable?: boolean;
}

export const INTERNAL_MESSAGE = 'Internal server error';

const internal: ClientError = { code: 'INTERNAL', message: INTERNAL_MESSAGE };

/** Sorts any thrown value into a {@link ClientError}. Unknown errors are INTERNAL and say nothing about themselves. */
export function classifyError(error: unknown): ClientError {
  if (error instanceof AppError)
    return fromCategory(error.category, error.message, error.code, error.path, error.problems);
  if (error instanceof RuntimeError) return fromRuntimeError(error);
  if (error instanceof HttpException) return fromHttpException(error);
  if (error instanceof NotFoundError) return { code: 'NOT_FOUND', message: 'Not found' };
  if (error instanceof UniqueConstraintViolationException) return { code: 'CONFLICT', message: 'Already exists' };
  if (error instanceof ForeignKeyConstraintViolationException)
    return { code: 'BAD_USER_INPUT', message: 'Refers to something that does not exist' };
  return internal;
}

function fromCategory(
  category: AppErrorCategory,
  message: string,
  reason: string,
  field: string,
  problems?: readonly Problem[],
): ClientError {
  const code = GRAPHQL_CODE_BY_CATEGORY[category];
  if (code === 'INTERNAL') return { ...internal, reason };
  return {
    code,
    message,
    reason,
    ...(field ? { field } : {}),
    ...(problems ? { problems } : {}),
    ...(category === 'transient' ? { retryable: true } : {}),
  };
}

/** The engine's errors: by category, except an invalid definition offered by a user, which lists its problems. */
function fromRuntimeError(error: RuntimeError): ClientError {
  const category: AppErrorCategory =
    error.code === 'definition.invalid' && error.category === 'user' ? 'invalid-definition' : error.category;
  return fromCategory(category, error.message, error.code, error.path, problemsIn(error.details));
}

/** HttpExceptions come from Nest and its libraries (the throttler, body limits), never from our services. */
const CODE_BY_HTTP_STATUS: Readonly<Partial<Record<number, GraphqlErrorCode>>> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  422: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
};

function fromHttpException(error: HttpException): ClientError {
  const code = CODE_BY_HTTP_STATUS[error.getStatus()];
  if (!code) return internal;
  if (code === 'RATE_LIMITED') return { code, message: AppError.rateLimited().message, reason: 'rate.limited' };
  return { code, message: error.message };
}

function problemsIn(details: unknown): Problem[] | undefined {
  if (!Array.isArray(details)) return undefined;
  return details.filter(isProblemLike).map((p) => ({
    path: p.path,
    code: p.code,
    message: p.message,
    ...(p.severity === 'error' || p.severity === 'warning' || p.severity === 'info' ? { severity: p.severity } : {}),
    ...(typeof p.elementId === 'string' ? { elementId: p.elementId } : {}),
  }));
}

function isProblemLike(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { path, code, message } = value as Record<string, unknown>;
  return typeof path === 'string' && typeof code === 'string' && typeof message === 'string';
}
