import {
  Body,
  Controller,
  Get,
  HttpCode,
  Logger,
  Param,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import type { Response } from 'express';
import { RateLimit } from '../../common/auth/rate-limit.decorator';
import { contentDisposition } from './content-disposition.util';
import { isImageType } from './file-types';
import { FilesErrorFilter } from './files-error.filter';
import { FilesService } from './files.service';
import type { SpooledUpload } from './spooling-storage.engine';
import type { StoredFileView } from './stored-file.view';
import { UploadInterceptor } from './upload.interceptor';

/**
 * `POST /files` (multipart, field `file`, optional `purpose=image`) and `GET /files/:id`, both with the Bearer token
 * of the GraphQL API (global guards). Errors are flat coded JSON (`FilesErrorFilter`).
 */
@Controller('files')
@UseFilters(FilesErrorFilter)
export class FilesController {
  private readonly logger = new Logger(FilesController.name);

  constructor(private readonly files: FilesService) {}

  @Post()
  @HttpCode(201)
  @RateLimit('upload')
  @UseInterceptors(UploadInterceptor)
  upload(@UploadedFile() file: SpooledUpload | undefined, @Body('purpose') purpose: unknown): Promise<StoredFileView> {
    return this.files.store(file, purpose);
  }

  @Get(':id')
  async download(@Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const { file, content } = await this.files.open(id);
    response.set({
      'Content-Type': file.mimeType,
      'Content-Length': String(file.size),
      // Images may open in a tab; documents are saved, never rendered by the browser on our origin.
      'Content-Disposition': contentDisposition(isImageType(file.mimeType) ? 'inline' : 'attachment', file.name),
      'X-Content-Type-Options': 'nosniff',
      // Even if a browser rendered it, the content runs nothing: no script, no same-origin access.
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      // Content under an id never changes; `private` because it is only for this signed-in user.
      'Cache-Control': 'private, max-age=86400, immutable',
      ETag: `"${file.sha256}"`,
    });
    // A storage that fails while streaming leaves a response whose status is already sent: cut it, so the client
    // sees an incomplete download rather than a complete-looking truncated file.
    return new StreamableFile(content).setErrorHandler((error, res) => {
      this.logger.error(`download of file ${file.id} failed midway: ${error.message}`);
      if (!res.destroyed) res.destroy?.();
    });
  }
}
