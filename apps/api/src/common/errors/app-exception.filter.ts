import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { classifyError, HTTP_STATUS_BY_CODE } from './error-mapping';
import { extensionsOf } from './format-graphql-error';

/**
 * The same mapping for REST endpoints (probes, metrics, later files): a coded JSON error in GraphQL's shape with the
 * matching HTTP status. GraphQL errors pass through untouched: Apollo's `formatError` maps them.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const client = classifyError(exception);
    if (client.code === 'INTERNAL') this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const response = host.switchToHttp().getResponse<Response>();
    response
      .status(HTTP_STATUS_BY_CODE[client.code])
      .json({ errors: [{ message: client.message, extensions: extensionsOf(client) }] });
    return undefined;
  }
}
