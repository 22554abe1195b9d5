import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { DefinitionRegistry } from '../../engine-runtime/definition-registry.service';
import { findDefinitionsFolder, readDefinitionFolder } from './definition-files.util';
import { deployDefinitionFolder, describeProblems } from './definition-folder.util';

/** Who deployed a version that came from the definitions/ folder at start. */
export const ON_START_ACTOR = 'definitions-on-start';

/**
 * With DEPLOY_DEFINITIONS on (the default), deploys every file of `definitions/` when the server starts, like the
 * demo seed, after the migrations: a file whose content is the latest version already is left alone (checksums),
 * a changed one becomes a new version. A file with errors is logged and skipped; the server still starts.
 */
@Injectable()
export class DeployDefinitionsOnStart implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeployDefinitionsOnStart.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: DefinitionRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.deployDefinitions) return;
    const root = findDefinitionsFolder();
    if (!root) {
      this.logger.warn('no definitions/ folder next to the server: nothing deployed');
      return;
    }
    const reports = await deployDefinitionFolder(this.registry, await readDefinitionFolder(root), ON_START_ACTOR);
    for (const report of reports.filter((r) => r.outcome === 'invalid' || r.outcome === 'failed')) {
      this.logger.error(`not deployed: ${describeProblems(report).join('; ')}`);
    }
    const created = reports.filter((r) => r.outcome === 'created').map((r) => `${r.kind} ${r.key} v${r.version}`);
    this.logger.log(
      created.length ? `deployed from ${root}: ${created.join(', ')}` : `definitions of ${root} are up to date`,
    );
  }
}
