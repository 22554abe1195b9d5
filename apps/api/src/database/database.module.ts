import { MikroOrmModule } from '@mikro-orm/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import { createOrmConfig } from '@anxin/persistence';
import { DatabaseBootstrapService } from './database-bootstrap.service';

/** MikroORM on the given database; migrations run before the app starts serving. */
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        MikroOrmModule.forRoot({ ...createOrmConfig({ clientUrl: databaseUrl }), registerRequestContext: true }),
      ],
      providers: [DatabaseBootstrapService],
      exports: [DatabaseBootstrapService],
    };
  }
}
