import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { classifyError, HTTP_STATUS_BY_CODE } from '../../common/errors/error-mapping';

/**
 * Errors of `/files` as a flat JSON body `{ code, reason?, path, message, problems? }` (an upload client reads one
 * object, not GraphQL's `errors[]`), through the app's one mapping: the same codes and HTTP statuses as everywhere,
 * 413 for an upload over the limit, never a stack trace.
 */
@Catch()
export class FilesErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('FileErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const client = classifyError(exception);
    if (client.code === 'INTERNAL') this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const response = host.switchToHttp().getResponse<Response>();
    // A download that failed mid-stream cannot change its status any more: cut it, so the client sees it incomplete.
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const status =
      client.reason === 'request.tooLarge' ? HttpStatus.PAYLOAD_TOO_LARGE : HTTP_STATUS_BY_CODE[client.code];
    response.status(status).json({
      code: client.code,
      ...(client.reason ? { reason: client.reason } : {}),
      path: client.field ?? '',
      message: client.message,
      ...(client.problems ? { problems: client.problems } : {}),
    });
  }
}
