import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Installation, migrateToLatest } from '@anxin/persistence';

/** Brings the database to the latest schema and records the installation on first start. */
@Injectable()
export class DatabaseBootstrapService implements OnModuleInit {
  private readonly logger = new Logger(DatabaseBootstrapService.name);
  private installation: Installation | undefined;

  constructor(private readonly orm: MikroORM) {}

  async onModuleInit(): Promise<void> {
    const applied = await migrateToLatest(this.orm);
    this.logger.log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
    this.installation = await this.ensureInstallation();
  }

  /** The installation row; the same across restarts on the same database. */
  currentInstallation(): Installation {
    if (!this.installation) throw new Error('Database bootstrap has not run');
    return this.installation;
  }

  private async ensureInstallation(): Promise<Installation> {
    const em = this.orm.em.fork();
    // Replicas may start together: insert-if-absent, then read whichever row won.
    await em.execute(
      'insert into installation (id, installed_at) select ?, now() where not exists (select 1 from installation)',
      [randomUUID()],
    );
    const [first] = await em.findAll(Installation, { orderBy: { installedAt: 'asc' }, limit: 1 });
    if (!first) throw new Error('installation row missing right after inserting it');
    return first;
  }
}
