import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { readAppVersion } from '../../config/app-version';
import { DatabaseBootstrapService } from '../../database/database-bootstrap.service';

export type ComponentStatus = 'ok' | 'unavailable';

export interface HealthReport {
  status: ComponentStatus;
  database: ComponentStatus;
  version: string;
  installationId: string;
  installedAt: Date;
}

/** Answers liveness and readiness from real checks (the database is asked, not assumed). */
@Injectable()
export class HealthService {
  private readonly version = readAppVersion();

  constructor(
    private readonly orm: MikroORM,
    private readonly bootstrap: DatabaseBootstrapService,
  ) {}

  async databaseStatus(): Promise<ComponentStatus> {
    try {
      await this.orm.em.getConnection().execute('select 1');
      return 'ok';
    } catch {
      return 'unavailable';
    }
  }

  async report(): Promise<HealthReport> {
    const database = await this.databaseStatus();
    const installation = this.bootstrap.currentInstallation();
    return {
      status: database,
      database,
      version: this.version,
      installationId: installation.id,
      installedAt: installation.installedAt,
    };
  }
}
