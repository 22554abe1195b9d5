import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ApiError } from './api-error';

/** Any error an Apollo operation rejected with, as an `ApiError` (the first GraphQL error decides). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first) return ApiError.fromGraphql(first);
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return new ApiError(error.message, 'UNAUTHENTICATED');
    if (error.statusCode === 429) return new ApiError(error.message, 'RATE_LIMITED');
    return new ApiError(error.message, error.statusCode >= 500 ? 'INTERNAL' : 'BAD_USER_INPUT');
  }
  return new ApiError(error instanceof Error ? error.message : String(error), 'NETWORK');
}
