import { Module } from '@nestjs/common';
import { EngineRuntimeModule } from '../../engine-runtime/engine-runtime.module';
import { DefinitionsResolver } from './definitions.resolver';
import { DefinitionsService } from './definitions.service';

/** The definitions part of the API: validate, deploy, list and read forms, processes, tables… */
@Module({ imports: [EngineRuntimeModule], providers: [DefinitionsService, DefinitionsResolver] })
export class DefinitionsModule {}
