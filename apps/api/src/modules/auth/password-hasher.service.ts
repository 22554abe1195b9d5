import { Inject, Injectable } from '@nestjs/common';
import { argon2id, hash, needsRehash, verify } from 'argon2';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';

/** OWASP's argon2id recommendation: 19 MiB, 2 iterations, 1 lane (~25 ms here). */
export const OWASP_ARGON2 = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/** For test suites only (PASSWORD_HASHING=test, refused in production): ~0.5 ms. */
export const TEST_ARGON2 = { type: argon2id, memoryCost: 1_024, timeCost: 1, parallelism: 1 } as const;
/** Longer passwords are refused like wrong ones (hashing megabytes on request would be a denial of service). */
export const PASSWORD_MAX_LENGTH = 1_024;

/**
 * argon2id password hashes (PHC strings, parameters included). Verifying for an unknown user costs the same as for
 * a known one ({@link PasswordHasher.verifyNothing}), so response time does not tell which usernames exist.
 */
@Injectable()
export class PasswordHasher {
  private readonly options: typeof OWASP_ARGON2 | typeof TEST_ARGON2;
  private dummy: Promise<string> | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = config.passwordHashing === 'owasp' ? OWASP_ARGON2 : TEST_ARGON2;
  }

  hash(password: string): Promise<string> {
    return hash(password, this.options);
  }

  /** True when `password` matches; false for a mismatch, an overlong password or a malformed hash. */
  async verify(passwordHash: string, password: string): Promise<boolean> {
    if (password.length > PASSWORD_MAX_LENGTH) return this.verifyNothing(password.slice(0, PASSWORD_MAX_LENGTH));
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /** As long as a real verification, always false: for unknown or ambiguous usernames. */
  async verifyNothing(password: string): Promise<false> {
    this.dummy ??= this.hash('anxin-timing-equaliser');
    await verify(await this.dummy, password.slice(0, PASSWORD_MAX_LENGTH)).catch(() => false);
    return false;
  }

  /** The hash was made with other parameters than today's (rehash it at the next successful login). */
  needsRehash(passwordHash: string): boolean {
    try {
      return needsRehash(passwordHash, this.options);
    } catch {
      return true;
    }
  }
}
