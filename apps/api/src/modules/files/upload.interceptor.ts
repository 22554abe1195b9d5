import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import { catchError, concatMap, from, type Observable, throwError } from 'rxjs';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { FileErrors } from './file.errors';
import { removeSpooled, SpoolingStorageEngine, type SpooledUpload } from './spooling-storage.engine';

/**
 * Parses `POST /files` (after the guards, so an anonymous or rate-limited request is never read): one file in the
 * field `file` and a few short text fields, the file spooled to a temporary file within the configured size. The
 * temporary file is removed once the handler is done, whether it stored the upload or refused it.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly parse: RequestHandler;
  private readonly maxBytes: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.maxBytes = config.files.maxBytes;
    this.parse = multer({
      storage: new SpoolingStorageEngine(config.files.tempDir),
      limits: { fileSize: this.maxBytes, files: 1, fields: 4, parts: 5, fieldSize: 1024, fieldNameSize: 100 },
      // Browsers send file names as raw UTF-8 (维修照片.jpg); busboy would read them as Latin-1 otherwise.
      defParamCharset: 'utf8',
    }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    await new Promise<void>((resolve, reject) => {
      void this.parse(request, http.getResponse<Response>(), (error?: unknown) =>
        error ? reject(this.toAppError(error)) : resolve(),
      );
    });
    const spooled = (request.file as SpooledUpload | undefined)?.path;
    // The spooled file is gone before the answer leaves (a test, or a client, may look right after it).
    return next.handle().pipe(
      concatMap((value: unknown) => from(removeSpooled(spooled).then(() => value))),
      catchError((error: unknown) => from(removeSpooled(spooled)).pipe(concatMap(() => throwError(() => error)))),
    );
  }

  /** multer's and busboy's refusals become coded errors; disk errors (no space…) stay internal. */
  private toAppError(error: unknown): Error {
    if (error instanceof MulterError) {
      if (error.code === 'LIMIT_FILE_SIZE') return FileErrors.tooLarge(this.maxBytes);
      if (error.code === 'LIMIT_UNEXPECTED_FILE') return FileErrors.unexpectedField(error.field);
      return FileErrors.malformed(error.message);
    }
    if (!(error instanceof Error)) return new Error(String(error));
    return 'syscall' in error ? error : FileErrors.malformed(error.message);
  }
}
