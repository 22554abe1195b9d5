import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'anxin:public';

/**
 * Marks a resolver or controller (or one handler) as callable without signing in. Every other operation needs a
 * valid access token. Public GraphQL operations are rate limited per client address (`public` unless
 * `@RateLimit('auth')`).
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
