import { type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import { IS_PUBLIC } from './public.decorator';

export const RATE_LIMIT_KEY = 'anxin:rate-limit';

/**
 * `auth`: login and token refresh (AUTH_RATE_LIMIT). `public`: other unauthenticated operations (PUBLIC_RATE_LIMIT).
 * `upload`: `POST /files` (FILE_UPLOAD_RATE_LIMIT), which costs disk or bucket space even when authenticated.
 */
export type RateLimitKind = 'auth' | 'public' | 'upload';

/** Applies the named per-client-address limit to a handler. */
export const RateLimit = (kind: RateLimitKind) => SetMetadata(RATE_LIMIT_KEY, kind);

function metadata<T>(key: string, context: ExecutionContext): T | undefined {
  return (Reflect.getMetadata(key, context.getHandler()) ?? Reflect.getMetadata(key, context.getClass())) as
    T | undefined;
}

/** The limit that applies to a call: its `@RateLimit`, else `public` for public GraphQL operations, else none. */
export function rateLimitOf(context: ExecutionContext): RateLimitKind | undefined {
  const explicit = metadata<RateLimitKind>(RATE_LIMIT_KEY, context);
  if (explicit) return explicit;
  const isPublic = metadata<boolean>(IS_PUBLIC, context) === true;
  return isPublic && context.getType<GqlContextType>() === 'graphql' ? 'public' : undefined;
}
