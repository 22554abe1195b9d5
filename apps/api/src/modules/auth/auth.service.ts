import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/context/actor.type';
import { ActorContext } from '../../common/context/actor-context.service';
import { SystemDatabase } from '../../common/database/system-database.service';
import { AppError } from '../../common/errors/app-error';
import { AccessTokens } from './access-tokens.service';
import { ActorLoader } from './actor-loader.service';
import { PasswordHasher } from './password-hasher.service';
import { RefreshTokens, type IssuedRefreshToken } from './refresh-tokens.service';

export interface LoginRequest {
  readonly username: string;
  readonly password: string;
  /** Company code; needed only when the username exists in several tenants. */
  readonly tenant?: string | undefined;
}

export interface SignedIn {
  readonly actor: Actor;
  readonly token: string;
  readonly expiresAt: Date;
  readonly refreshToken: string;
  readonly refreshExpiresAt: Date;
}

interface LoginCandidate {
  id: string;
  tenant_id: string;
  password_hash: string;
  active: boolean;
}

/** Usernames are stored and compared trimmed and lower-case. */
export const normalizeUsername = (username: string) => username.trim().toLowerCase();

/**
 * Sign-in, token refresh and sign-out. A wrong password, an unknown, inactive or ambiguous username all end in the
 * same UNAUTHENTICATED error after the same amount of hashing work. A successful sign-in becomes the actor of the
 * rest of the request (the audit row names him).
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly system: SystemDatabase,
    private readonly passwords: PasswordHasher,
    private readonly accessTokens: AccessTokens,
    private readonly refreshTokens: RefreshTokens,
    private readonly actors: ActorLoader,
    private readonly context: ActorContext,
  ) {}

  async login(request: LoginRequest): Promise<SignedIn> {
    // System work: the login name is looked up in every tenant (unique per tenant, so maybe in several).
    const candidates = await this.system.execute<LoginCandidate>(
      `select u.id, u.tenant_id, u.password_hash, u.active
         from app_user u join company c on c.id = u.tenant_id
        where u.username = ? and (?::text is null or c.code = ?) limit 2`,
      [normalizeUsername(request.username), request.tenant ?? null, request.tenant ?? null],
    );
    const user = candidates.length === 1 ? candidates[0] : undefined;
    const valid = user
      ? await this.passwords.verify(user.password_hash, request.password)
      : await this.passwords.verifyNothing(request.password);
    if (!user || !valid || !user.active) throw AppError.invalidCredentials();
    if (this.passwords.needsRehash(user.password_hash)) await this.rehash(user.id, request.password);
    const refresh = await this.system.transaction((em) =>
      this.refreshTokens.issue(em, { tenantId: user.tenant_id, userId: user.id }),
    );
    return this.signIn(user.tenant_id, user.id, refresh);
  }

  async refresh(token: string): Promise<SignedIn> {
    const rotated = await this.refreshTokens.rotate(token);
    return this.signIn(rotated.tenantId, rotated.userId, rotated.refresh);
  }

  /** Revokes the token's sign-in (its whole family). True when the token was known. */
  async logout(token: string): Promise<boolean> {
    const owner = await this.refreshTokens.revoke(token);
    if (!owner) return false;
    const actor = await this.actors.load(owner.tenantId, owner.userId);
    if (actor) this.context.setActor(actor);
    return true;
  }

  private async signIn(tenantId: string, userId: string, refresh: IssuedRefreshToken): Promise<SignedIn> {
    const actor = await this.actors.load(tenantId, userId);
    if (!actor) throw AppError.invalidCredentials();
    this.context.setActor(actor);
    const access = this.accessTokens.sign({ tenantId, userId });
    return {
      actor,
      token: access.token,
      expiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshExpiresAt: refresh.expiresAt,
    };
  }

  private async rehash(userId: string, password: string): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    await this.system.execute('update app_user set password_hash = ? where id = ?', [passwordHash, userId]);
  }
}
