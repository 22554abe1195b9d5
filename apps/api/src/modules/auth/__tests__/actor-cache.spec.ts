import type { Actor } from '../../../common/context/actor.type';
import type { AppConfig } from '../../../config/app-config';
import { ActorCache } from '../actor-cache.service';
import type { ActorLoader } from '../actor-loader.service';

const actorOf = (userId: string, tenantId: string): Actor => ({
  userId,
  tenantId,
  username: userId,
  displayName: userId,
  roles: ['engineer'],
  projectIds: [],
  teamIds: [],
  teamCodes: [],
  unitIds: [],
});

describe('ActorCache', () => {
  let active: boolean;
  let load: jest.Mock<Promise<Actor | undefined>, [string, string]>;
  const cacheOf = (seconds: number) =>
    new ActorCache({ load } as unknown as ActorLoader, { actorCacheSeconds: seconds } as AppConfig);

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-11-23T08:00:00Z') });
    active = true;
    load = jest.fn((tenantId: string, userId: string) =>
      Promise.resolve(active ? actorOf(userId, tenantId) : undefined),
    );
  });

  afterEach(() => jest.useRealTimers());

  it('should reuse the actor of a (tenant, user) within the bound, and see a deactivation after it', async () => {
    // Given a 5 s cache and the user loaded once
    const cache = cacheOf(5);
    expect(await cache.load('t1', 'u1')).toMatchObject({ userId: 'u1' });
    // When he is deactivated, the stale actor serves until the bound
    active = false;
    jest.advanceTimersByTime(4_999);
    expect(await cache.load('t1', 'u1')).toMatchObject({ userId: 'u1' });
    expect(load).toHaveBeenCalledTimes(1);
    // Then after it the deactivation binds
    jest.advanceTimersByTime(1);
    expect(await cache.load('t1', 'u1')).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('should key by tenant and user', async () => {
    const cache = cacheOf(5);
    await cache.load('t1', 'u1');
    expect(await cache.load('t2', 'u1')).toMatchObject({ tenantId: 't2' });
    expect(await cache.load('t1', 'u2')).toMatchObject({ userId: 'u2' });
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('should load on every request when the bound is 0', async () => {
    const cache = cacheOf(0);
    await cache.load('t1', 'u1');
    active = false;
    expect(await cache.load('t1', 'u1')).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('should not keep a failed load', async () => {
    // Given a load that fails once (the database was away)
    const cache = cacheOf(5);
    load.mockRejectedValueOnce(new Error('connection refused'));
    await expect(cache.load('t1', 'u1')).rejects.toThrow('connection refused');
    // When the next request comes, then it loads again
    expect(await cache.load('t1', 'u1')).toMatchObject({ userId: 'u1' });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
