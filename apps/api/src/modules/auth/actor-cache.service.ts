import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/context/actor.type';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { ActorLoader } from './actor-loader.service';

interface Entry {
  readonly until: number;
  readonly actor: Promise<Actor | undefined>;
}

/** Entries beyond this are dropped oldest first (insertion order), so a flood of tokens cannot grow the map. */
const MAX_ENTRIES = 10_000;

/**
 * The actors of authenticated requests, reused by this process for `ACTOR_CACHE_SECONDS` per (tenant, user): the
 * actor load is a transaction of its own (4 statements) that every request would otherwise pay. The staleness bound
 * is that setting: a deactivated user, or changed roles, teams, projects or units, take effect on requests within it
 * (access tokens live 15 minutes anyway; login and token refresh always load afresh). 0 disables the cache. A failed
 * load is not kept. Concurrent requests of one user share one load.
 */
@Injectable()
export class ActorCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;

  constructor(
    private readonly loader: ActorLoader,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ttlMs = config.actorCacheSeconds * 1000;
  }

  /** The active user as an actor, at most `ACTOR_CACHE_SECONDS` old; undefined for an unknown or inactive user. */
  load(tenantId: string, userId: string): Promise<Actor | undefined> {
    if (this.ttlMs <= 0) return this.loader.load(tenantId, userId);
    const key = `${tenantId}/${userId}`;
    const now = Date.now();
    const cached = this.entries.get(key);
    if (cached && cached.until > now) return cached.actor;
    this.entries.delete(key);
    const actor = this.loader.load(tenantId, userId);
    this.entries.set(key, { until: now + this.ttlMs, actor });
    actor.catch(() => {
      if (this.entries.get(key)?.actor === actor) this.entries.delete(key);
    });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return actor;
  }

  /** Forgets every cached actor (tests, and any future operation that changes users). */
  clear(): void {
    this.entries.clear();
  }
}
