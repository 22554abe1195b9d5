import { LiveEvents } from '../../src/modules/live/live-events.service';
import { LIVE_TOPICS } from '../../src/modules/live/live-topic';
import { engineOf, type EngineDriver } from '../support/engine-driver';
import { FAST_AUTH_ENV, login, type Session } from '../support/graphql-session';
import { liveSubscribe, type LiveSubscription } from '../support/live-client';
import { NOTIFICATION_FIELDS, type NotificationView } from '../support/notifications-api';
import { type TestApp, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { forgeToken } from '../support/forge-token';

const JWT_SECRET = 'live-subscriptions-test-secret-0123456789';
const NOTIFICATION_ADDED = `subscription { notificationAdded { ${NOTIFICATION_FIELDS} } }`;

type Added = { notificationAdded: NotificationView };

/*
 *  site-visit:  (start) → [现场维修 visit: the engineer] → (end)
 *  Two subscribers (the engineer, engineer2) on real graphql-ws connections; the supervisor urges the visit.
 */
describe('live updates over graphql-ws', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let engine: EngineDriver;
  let engineer: Session;
  let engineer2: Session;
  let supervisor: Session;
  const open: LiveSubscription<unknown>[] = [];

  const subscribe = <T>(query: string, options: Parameters<typeof liveSubscribe>[2]) => {
    const subscription = liveSubscribe<T>(baseUrl, query, options);
    open.push(subscription);
    return subscription;
  };
  // The server has registered the subscription (its resolver ran) once its topic has a subscriber.
  const untilSubscribed = (userId: string) =>
    waitFor('the subscription', () =>
      Promise.resolve(testApp.app.get(LiveEvents).subscriberCount(LIVE_TOPICS.notificationAdded(userId)) > 0),
    );

  beforeAll(async () => {
    testApp = await startTestApp({ ...FAST_AUTH_ENV, JWT_SECRET });
    baseUrl = testApp.baseUrl;
    engine = engineOf(testApp);
    [engineer, engineer2, supervisor] = await Promise.all([
      login(baseUrl, 'engineer'),
      login(baseUrl, 'engineer2'),
      login(baseUrl, 'supervisor'),
    ]);
    await engine.deploy('site-visit');
  });

  afterAll(async () => {
    await Promise.all(open.map((s) => s.close()));
    await testApp?.close();
  });

  it("should push a user's new notification to his subscription only", async () => {
    // Given the engineer and engineer2 subscribed with their access tokens
    const mine = subscribe<Added>(NOTIFICATION_ADDED, { token: engineer.token });
    const theirs = subscribe<Added>(NOTIFICATION_ADDED, { token: engineer2.token });
    await Promise.all([mine.connected, theirs.connected]);
    await Promise.all([untilSubscribed(engineer.userId), untilSubscribed(engineer2.userId)]);

    // When the supervisor urges the engineer's visit
    const instanceId = await engine.start('site-visit', supervisor.userId, { worker: engineer.userId });
    const taskId = await engine.openTask(instanceId, 'visit');
    await engine.execute(instanceId, { type: 'urge', taskId, actor: supervisor.userId });

    // Then the engineer receives the notification, read for him (title, task, actor)
    const [event] = await waitFor('the pushed notification', () =>
      Promise.resolve(mine.events.length > 0 && mine.events),
    );
    expect(event?.notificationAdded).toMatchObject({ kind: 'URGE', title: '催办：现场维修', taskId, read: false });
    expect(event?.notificationAdded.actor?.id).toBe(supervisor.userId);
    expect(mine.errors).toEqual([]);
    // And engineer2 receives nothing of it
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(theirs.events).toEqual([]);

    // When the engineer's client disconnects, then the server lets go of his subscription
    await mine.close();
    await waitFor('the subscription to end', () =>
      Promise.resolve(
        testApp.app.get(LiveEvents).subscriberCount(LIVE_TOPICS.notificationAdded(engineer.userId)) === 0,
      ),
    );
  });

  it('should close a connection with 4403 when its access token expires', async () => {
    // Given a connection accepted with a valid token that expires in two seconds
    const [tenant] = await engine.rows<{ tenant_id: string }>('select tenant_id from app_user where id = ?', [
      engineer.userId,
    ]);
    const shortLived = forgeToken({
      secret: JWT_SECRET,
      userId: engineer.userId,
      tenantId: tenant!.tenant_id,
      expiresIn: 2,
    });
    const subscription = subscribe(NOTIFICATION_ADDED, { token: shortLived });
    await subscription.connected;

    // When it expires, then the server closes the connection so that the client reconnects with a fresh token
    expect(await subscription.closed).toBe(4403);
  });

  it('should refuse a connection without a token, with a bad token, or with a forged one', async () => {
    // Given connections offering no token, garbage, and a token signed with another key
    const forged = forgeToken({
      secret: 'not-the-server-secret-not-the-server-secret',
      userId: engineer.userId,
      tenantId: '00000000-0000-4000-8000-000000000000',
    });
    const attempts = [
      subscribe(NOTIFICATION_ADDED, {}),
      subscribe(NOTIFICATION_ADDED, { token: 'garbage' }),
      subscribe(NOTIFICATION_ADDED, { connectionParams: { authorization: `Bearer ${forged}` } }),
    ];

    // When the server answers their connection_init, then each is closed with 4403 Forbidden
    expect(await Promise.all(attempts.map((a) => a.closed))).toEqual([4403, 4403, 4403]);
    // And none was subscribed to anything
    expect(attempts.flatMap((a) => a.events)).toEqual([]);
  });

  it('should accept the token as `token` too, and apply the query limits to subscriptions', async () => {
    // Given a connection authenticated with `connectionParams.token`
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    const limited = subscribe(`subscription { notificationAdded { ${aliases} } }`, {
      connectionParams: { token: engineer.token },
    });

    // When it subscribes with more aliases than allowed
    await limited.connected;
    const [errors] = await waitFor('the refusal', () => Promise.resolve(limited.errors.length > 0 && limited.errors));

    // Then the operation is refused with the same limit as over HTTP
    expect(errors?.[0]?.message).toMatch(/alias/i);
    expect(limited.events).toEqual([]);
  });
});
