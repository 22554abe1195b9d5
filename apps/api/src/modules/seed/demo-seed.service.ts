import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { findDefinitionsFolder } from '../definitions/definition-files.util';
import { OrgSeeder } from './org-seeder.service';
import { parseSeedData } from './seed-data.schema';

export const DEMO_SEED_FILE = path.join('definitions', 'seed', 'demo.seed.json');

/**
 * On an empty database (no tenant yet) and with SEED_DEMO_DATA on (by default only with the embedded database),
 * creates the demo tenant of definitions/seed/demo.seed.json (or of SEED_FILE). Runs after every module's init, so
 * migrations are done.
 */
@Injectable()
export class DemoSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seeder: OrgSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    const folder = findDefinitionsFolder();
    const file = this.config.seedFile ?? (folder ? path.join(folder, 'seed', 'demo.seed.json') : undefined);
    if (!file || !existsSync(file)) {
      this.logger.warn(`${file ?? DEMO_SEED_FILE} not found: no demo data`);
      return;
    }
    const data = parseSeedData(JSON.parse(await readFile(file, 'utf8')));
    const report = await this.seeder.apply(data, { onlyIfEmpty: true });
    if (report.created.length > 0) {
      this.logger.warn(
        `demo tenant ${report.created.join(', ')} created with the PUBLIC demo passwords of ${file}; ` +
          'set SEED_DEMO_DATA=false where this must not happen',
      );
    }
  }
}
