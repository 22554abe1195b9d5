import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { LiveConnectionAuth } from './live-connection-auth.service';

/** What the GraphQL module needs to accept subscriptions: authenticating graphql-ws connections. */
@Module({
  imports: [AuthModule],
  providers: [LiveConnectionAuth],
  exports: [LiveConnectionAuth],
})
export class LiveGraphqlModule {}
