import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { OrgModule } from '../org/org.module';
import { AccessTokens } from './access-tokens.service';
import { ActorCache } from './actor-cache.service';
import { ActorLoader } from './actor-loader.service';
import { AuthService } from './auth.service';
import { AuthResolver } from './auth.resolver';
import { AuthenticationGuard } from './authentication.guard';
import { JWT_SIGNING_KEY, resolveJwtSecret } from './jwt-secret';
import { PasswordHasher } from './password-hasher.service';
import { RateLimitGuard, throttlerOptions } from './rate-limit.guard';
import { RefreshTokens } from './refresh-tokens.service';
import { RolesGuard } from './roles.guard';

/**
 * Sign-in and the three global guards, in this order: rate limits (public operations), authentication (everything
 * not `@Public()`), roles (`@Roles(...)`).
 */
@Module({
  imports: [
    OrgModule,
    ThrottlerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => throttlerOptions(config) }),
  ],
  providers: [
    { provide: JWT_SIGNING_KEY, inject: [APP_CONFIG], useFactory: (config: AppConfig) => resolveJwtSecret(config) },
    PasswordHasher,
    AccessTokens,
    RefreshTokens,
    ActorLoader,
    ActorCache,
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [PasswordHasher, ActorLoader, AccessTokens],
})
export class AuthModule {}
