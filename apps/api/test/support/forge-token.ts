import { JwtService } from '@nestjs/jwt';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface ForgeOptions {
  secret: string;
  userId: string;
  tenantId: string;
  issuer?: string;
  audience?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  algorithm?: 'HS256' | 'HS512';
}

/** An HS* token with whatever claims a test needs (the app's own issuer and audience by default). */
export function forgeToken(options: ForgeOptions): string {
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = options.expiresIn ?? 600;
  return new JwtService({ secret: options.secret }).sign(
    {
      sub: options.userId,
      tid: options.tenantId,
      iss: options.issuer ?? 'anxin',
      aud: options.audience ?? 'anxin-api',
      iat: Math.min(now, now + expiresIn - 60),
      exp: now + expiresIn,
    },
    { algorithm: options.algorithm ?? 'HS256' },
  );
}

/** An unsigned token (`alg: none`) claiming to be the user. */
export function unsignedToken(userId: string, tenantId: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url({ alg: 'none', typ: 'JWT' });
  const payload = base64url({ sub: userId, tid: tenantId, iss: 'anxin', aud: 'anxin-api', iat: now, exp: now + 600 });
  return `${header}.${payload}.`;
}
