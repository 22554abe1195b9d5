import type { ErrorCategory } from '../../engine-runtime/runtime-error';
import type { Problem } from './problem.type';

/**
 * What kind of failure an application error is. The engine's categories plus those of the API layer; one table
 * (`error-mapping.ts`) maps every category to a GraphQL error code.
 */
export type AppErrorCategory =
  ErrorCategory | 'unauthenticated' | 'rate-limited' | 'invalid-submission' | 'invalid-definition' | 'timeout';

export type AppErrorCode =
  | 'auth.invalidCredentials'
  | 'auth.tokenMissing'
  | 'auth.tokenInvalid'
  | 'auth.refreshInvalid'
  | 'auth.roleRequired'
  | 'scope.notVisible'
  | 'input.invalid'
  | 'request.tooLarge'
  | 'request.malformed'
  | 'rate.limited'
  | 'submission.invalid'
  | 'definition.invalid'
  | 'definition.tooLarge'
  | 'file.missing'
  | 'file.typeRefused'
  | 'report.invalidParams'
  | 'report.invalidValue'
  | 'report.timeout'
  | 'report.definitionBroken';

/**
 * An application error of the API layer: a stable `code` (clients see it as `extensions.reason`), a category, the
 * path of the offending input and, for invalid definitions and submissions, the problems. Services throw it; they
 * never throw HTTP or GraphQL errors.
 */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: AppErrorCode,
    readonly category: AppErrorCategory,
    message: string,
    readonly path = '',
    readonly problems?: readonly Problem[],
  ) {
    super(message);
  }

  /** Wrong username, wrong password, unknown or inactive user: deliberately one error for all. */
  static invalidCredentials(): AppError {
    return new AppError('auth.invalidCredentials', 'unauthenticated', 'Invalid username or password');
  }

  static tokenMissing(): AppError {
    return new AppError('auth.tokenMissing', 'unauthenticated', 'Sign in first: send Authorization: Bearer <token>');
  }

  static tokenInvalid(): AppError {
    return new AppError('auth.tokenInvalid', 'unauthenticated', 'The access token is invalid or has expired');
  }

  static refreshInvalid(): AppError {
    return new AppError('auth.refreshInvalid', 'unauthenticated', 'The refresh token is invalid, used or expired');
  }

  static roleRequired(roles: readonly string[]): AppError {
    return new AppError('auth.roleRequired', 'forbidden', `This operation needs one of the roles: ${roles.join(', ')}`);
  }

  /** Out of the caller's scope or absent: the same answer, so that scope does not reveal what exists. */
  static notVisible(what: string, id: string): AppError {
    return new AppError('scope.notVisible', 'not-found', `No ${what} ${id}`, 'id');
  }

  static invalidInput(path: string, message: string): AppError {
    return new AppError('input.invalid', 'user', message, path);
  }

  static rateLimited(): AppError {
    return new AppError('rate.limited', 'rate-limited', 'Too many requests: try again in a minute');
  }

  static invalidSubmission(problems: readonly Problem[]): AppError {
    return new AppError('submission.invalid', 'invalid-submission', 'The data is invalid', 'data', problems);
  }

  /** Content over the configured size (`DEFINITION_MAX_BYTES`): refused before it is parsed. */
  static definitionTooLarge(bytes: number, limit: number): AppError {
    const message = `The definition is ${bytes} bytes; at most ${limit} are accepted`;
    return new AppError('definition.tooLarge', 'user', message, 'input.content');
  }

  static invalidDefinition(problems: readonly Problem[]): AppError {
    return new AppError('definition.invalid', 'invalid-definition', 'The definition has errors', 'content', problems);
  }
}
