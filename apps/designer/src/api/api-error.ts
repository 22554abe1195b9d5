/** `extensions.code` of the API's errors (docs/api.md#errors). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'VALIDATION_FAILED'
  | 'DEFINITION_INVALID'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  | 'INTERNAL';

/** One `extensions.problems` entry: `data.<field>` paths for submissions. */
export interface ServerProblem {
  path: string;
  code: string;
  message: string;
  severity: string;
}

const CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'VALIDATION_FAILED',
  'DEFINITION_INVALID',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'INTERNAL',
]);

/** An error the API answered with, reduced to what the UI uses. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    readonly code: ApiErrorCode | 'NETWORK',
    readonly reason?: string,
    readonly problems: readonly ServerProblem[] = [],
  ) {
    super(message);
  }

  /** From one GraphQL error object (`{ message, extensions: { code, reason, problems } }`). */
  static fromGraphql(error: { message: string; extensions?: Record<string, unknown> }): ApiError {
    const extensions = error.extensions ?? {};
    const code =
      typeof extensions['code'] === 'string' && CODES.has(extensions['code']) ? extensions['code'] : 'INTERNAL';
    const reason = typeof extensions['reason'] === 'string' ? extensions['reason'] : undefined;
    const problems = Array.isArray(extensions['problems']) ? (extensions['problems'] as ServerProblem[]) : [];
    return new ApiError(error.message, code as ApiErrorCode, reason, problems);
  }
}
