import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { classifyError, type ClientError } from './error-mapping';

/** Apollo's codes for a request that is wrong in itself: syntax, validation, limits, variables, batching. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Apollo's `formatError`: every error leaves with one of our codes, a message that is safe to show, and nothing else
 * (no stack trace, no exception object, no SQL). Internal errors are handed to `logInternal` with their cause.
 */
export function createGraphqlErrorFormatter(logInternal: (cause: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const client = clientErrorOf(formatted, error);
    if (client.code === 'INTERNAL') logInternal(unwrapResolverError(error));
    return {
      message: client.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: extensionsOf(client),
    };
  };
}

/** The `extensions` of a client error (also used by the HTTP error responses). */
export function extensionsOf(client: ClientError): Record<string, unknown> {
  return {
    code: client.code,
    ...(client.reason ? { reason: client.reason } : {}),
    ...(client.field ? { field: client.field } : {}),
    ...(client.problems ? { problems: client.problems } : {}),
    ...(client.retryable ? { retryable: true } : {}),
  };
}

function clientErrorOf(formatted: GraphQLFormattedError, error: unknown): ClientError {
  const cause = unwrapResolverError(error);
  const apolloCode = formatted.extensions?.['code'];
  // Raised by GraphQL or Apollo about the request itself, not by a resolver (no path): its message is the useful one.
  const aboutTheRequest = error instanceof GraphQLError && error.path === undefined;
  if (aboutTheRequest && typeof apolloCode === 'string' && REQUEST_ERROR_CODES.has(apolloCode)) {
    return { code: 'BAD_USER_INPUT', message: formatted.message };
  }
  return classifyError(cause);
}
