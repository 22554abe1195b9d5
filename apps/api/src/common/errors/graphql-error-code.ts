/** The only codes a client ever sees in `errors[].extensions.code`. */
export const GRAPHQL_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'VALIDATION_FAILED',
  'DEFINITION_INVALID',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'TIMEOUT',
  'INTERNAL',
] as const;

export type GraphqlErrorCode = (typeof GRAPHQL_ERROR_CODES)[number];
