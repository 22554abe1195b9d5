import { Module } from '@nestjs/common';
import { EngineRuntimeModule } from '../../engine-runtime/engine-runtime.module';
import { AssignAction } from './assign.action';
import { FindUsersAction } from './find-users.action';

/** Built-in actions that pick people from the org model: `assign` (strategies) and `find-users` (by role). */
@Module({
  imports: [EngineRuntimeModule],
  providers: [AssignAction, FindUsersAction],
})
export class DispatchModule {}
