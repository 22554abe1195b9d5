import { Module } from '@nestjs/common';
import { EngineRuntimeModule } from '../../engine-runtime/engine-runtime.module';
import { AssignAction } from './assign.action';
import { FindManagerAction } from './find-manager.action';
import { FindUsersAction } from './find-users.action';
import { MatchDictionaryAction } from './match-dictionary.action';

/**
 * Built-in actions over the org model and definitions: `assign` (strategies), `find-users` (by role),
 * `find-manager` (up the manager chain), `match-dictionary` (word lists).
 */
@Module({
  imports: [EngineRuntimeModule],
  providers: [AssignAction, FindUsersAction, FindManagerAction, MatchDictionaryAction],
})
export class DispatchModule {}
