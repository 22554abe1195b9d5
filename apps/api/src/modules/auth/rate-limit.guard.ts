import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { AppConfig } from '../../config/app-config';
import { rateLimitOf } from '../../common/auth/rate-limit.decorator';
import { httpOf } from '../../common/graphql/http-request-of.util';

const MINUTE_MS = 60_000;

/**
 * Three per-client-address limits (in memory, per process): `auth` for login and token refresh, `public` for other
 * unauthenticated operations, `upload` for file uploads. Each applies only where `rateLimitOf` names it; other
 * authenticated operations are not limited here.
 */
export function throttlerOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: 'auth', ttl: MINUTE_MS, limit: config.authRateLimit, skipIf: (c) => rateLimitOf(c) !== 'auth' },
      { name: 'public', ttl: MINUTE_MS, limit: config.publicRateLimit, skipIf: (c) => rateLimitOf(c) !== 'public' },
      {
        name: 'upload',
        ttl: MINUTE_MS,
        limit: config.files.uploadRateLimit,
        skipIf: (c) => rateLimitOf(c) !== 'upload',
      },
    ],
  };
}

/** @nestjs/throttler's guard, reading the request and response of GraphQL calls from the GraphQL context. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    const { req, res } = httpOf(context);
    return { req: req as unknown as Record<string, unknown>, res: res as unknown as Record<string, unknown> };
  }
}
