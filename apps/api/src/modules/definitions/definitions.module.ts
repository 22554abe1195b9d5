import { Module } from '@nestjs/common';
import { EngineRuntimeModule } from '../../engine-runtime/engine-runtime.module';
import { DefinitionsResolver } from './definitions.resolver';
import { DefinitionsService } from './definitions.service';
import { DeployDefinitionsOnStart } from './deploy-definitions-on-start.service';

/**
 * The definitions part of the API: validate, deploy, list and read forms, processes, tables…; and the files of
 * `definitions/` deployed at start (DEPLOY_DEFINITIONS).
 */
@Module({
  imports: [EngineRuntimeModule],
  providers: [DefinitionsService, DefinitionsResolver, DeployDefinitionsOnStart],
})
export class DefinitionsModule {}
