import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { AuditModule } from '../audit/audit.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { FILE_STORAGE, type FileStorage } from './file-storage.port';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { LocalDiskFileStorage } from './local-disk-file-storage.adapter';
import { S3FileStorage } from './s3-file-storage.adapter';
import { UploadInterceptor } from './upload.interceptor';

/** The configured storage: local disk under `DATA_DIR/files` unless `FILE_STORAGE=s3`. */
function createFileStorage(config: AppConfig): FileStorage {
  const storage = config.files.storage;
  return storage.kind === 's3' ? S3FileStorage.fromConfig(storage) : new LocalDiskFileStorage(storage.dir);
}

/** Uploads and downloads (`/files`), the storage port and its adapter. */
@Module({
  imports: [AuditModule, WorkflowModule],
  controllers: [FilesController],
  providers: [
    FilesService,
    UploadInterceptor,
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: createFileStorage },
  ],
  exports: [FilesService],
})
export class FilesModule implements OnApplicationShutdown {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  /** The S3 client keeps sockets open; closing them lets the process end promptly. */
  onApplicationShutdown(): void {
    if (this.storage instanceof S3FileStorage) this.storage.destroy();
  }
}
