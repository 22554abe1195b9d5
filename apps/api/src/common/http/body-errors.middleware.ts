import type { NextFunction, Request, Response } from 'express';
import type { ClientError } from '../errors/error-mapping';
import { HTTP_STATUS_BY_CODE } from '../errors/error-mapping';
import { extensionsOf } from '../errors/format-graphql-error';

/** Largest JSON body accepted (GraphQL requests): 1 MB. */
export const JSON_BODY_LIMIT = '1mb';

/**
 * Express error middleware right after the JSON parser: a body over the limit (413) or malformed JSON (400) is
 * answered as a coded error in GraphQL's shape before Nest or Apollo see the request.
 */
export function bodyErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  const type = (error as { type?: unknown } | undefined)?.type;
  if (type === 'entity.too.large') {
    send(response, 413, { code: 'BAD_USER_INPUT', reason: 'request.tooLarge', message: 'Request body over 1 MB' });
  } else if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    send(response, HTTP_STATUS_BY_CODE.BAD_USER_INPUT, {
      code: 'BAD_USER_INPUT',
      reason: 'request.malformed',
      message: 'The request body is not valid JSON',
    });
  } else {
    next(error);
  }
}

function send(response: Response, status: number, client: ClientError): void {
  response.status(status).json({ errors: [{ message: client.message, extensions: extensionsOf(client) }] });
}
