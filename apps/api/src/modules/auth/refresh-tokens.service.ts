import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { SystemDatabase } from '../../common/database/system-database.service';
import { AppError } from '../../common/errors/app-error';

export const REFRESH_TOKEN_TTL_DAYS = 30;

export interface IssuedRefreshToken {
  readonly token: string;
  readonly expiresAt: Date;
}

export interface RotatedRefreshToken {
  readonly tenantId: string;
  readonly userId: string;
  readonly refresh: IssuedRefreshToken;
}

interface TokenRow {
  id: string;
  tenant_id: string;
  user_id: string;
  family_id: string;
  revoked: boolean;
  expired: boolean;
  active: boolean;
}

type Rotation = { ok: true; value: RotatedRefreshToken } | { ok: false };

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Refresh tokens: 256 random bits, stored as their SHA-256 (a high-entropy secret needs no slow hash), valid 30
 * days, single use. Using one revokes it and issues its successor in the same family; using a revoked one again
 * (a replay, so one of the two holders is a thief) revokes the whole family. A token names no tenant, so this runs
 * as system work (`SystemDatabase`).
 */
@Injectable()
export class RefreshTokens {
  constructor(private readonly system: SystemDatabase) {}

  /** A new token for a sign-in (a new family) or a rotation (`familyId` of the predecessor), inside `em`'s transaction. */
  async issue(
    em: EntityManager,
    owner: { tenantId: string; userId: string; familyId?: string },
  ): Promise<IssuedRefreshToken & { id: string }> {
    const id = randomUUID();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await em.execute(
      `insert into refresh_token (id, tenant_id, user_id, family_id, token_hash, created_at, expires_at)
       values (?, ?, ?, ?, ?, now(), ?)`,
      [id, owner.tenantId, owner.userId, owner.familyId ?? randomUUID(), hashOf(token), expiresAt],
    );
    return { id, token, expiresAt };
  }

  /** A fresh token for a valid one; UNAUTHENTICATED for an unknown, expired, revoked or replayed one. */
  async rotate(token: string): Promise<RotatedRefreshToken> {
    const rotation = await this.system.transaction(async (em): Promise<Rotation> => {
      const row = await this.lockRow(em, token);
      if (!row) return { ok: false };
      if (row.revoked) {
        await this.revokeFamily(em, row.family_id);
        return { ok: false };
      }
      if (row.expired || !row.active) return { ok: false };
      const next = await this.issue(em, { tenantId: row.tenant_id, userId: row.user_id, familyId: row.family_id });
      await em.execute('update refresh_token set revoked_at = now(), replaced_by_id = ? where id = ?', [
        next.id,
        row.id,
      ]);
      return { ok: true, value: { tenantId: row.tenant_id, userId: row.user_id, refresh: next } };
    });
    // Thrown after the commit: the family revocation of a replay must stick.
    if (!rotation.ok) throw AppError.refreshInvalid();
    return rotation.value;
  }

  /** Signs out: revokes the token's whole family. The owner of the token, or undefined for an unknown token. */
  async revoke(token: string): Promise<{ tenantId: string; userId: string } | undefined> {
    return this.system.transaction(async (em) => {
      const row = await this.lockRow(em, token);
      if (!row) return undefined;
      await this.revokeFamily(em, row.family_id);
      return { tenantId: row.tenant_id, userId: row.user_id };
    });
  }

  private async lockRow(em: EntityManager, token: string): Promise<TokenRow | undefined> {
    const [row] = await em.execute<TokenRow[]>(
      `select t.id, t.tenant_id, t.user_id, t.family_id, t.revoked_at is not null as revoked,
              t.expires_at <= now() as expired, u.active
         from refresh_token t join app_user u on u.id = t.user_id
        where t.token_hash = ? for update of t`,
      [hashOf(token)],
    );
    return row;
  }

  private async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.execute('update refresh_token set revoked_at = now() where family_id = ? and revoked_at is null', [
      familyId,
    ]);
  }
}
