import { EntityManager } from '@mikro-orm/postgresql';
import { Test, type TestingModule } from '@nestjs/testing';
import { createTestDatabase, type TestDatabase } from '@anxin/persistence/testing';
import { DatabaseModule } from '../../src/database/database.module';
import { LIVE_APPLICATION_NAME } from '../../src/modules/live/live-listener';
import { LiveEvents } from '../../src/modules/live/live-events.service';
import { LiveModule } from '../../src/modules/live/live.module';
import { LiveTopic } from '../../src/modules/live/live-topic';
import { waitFor } from '../support/wait-for';

type Ping = { n: number };

/** A process of the app reduced to its database and live events (`listen`: an api process; else a worker). */
async function startProcess(database: TestDatabase, listen: boolean): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [DatabaseModule.forRoot(database.url), LiveModule.forRoot({ databaseUrl: database.url, listen })],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

/** Collects what a subscription receives, in the background. */
function collect<P>(iterator: AsyncIterableIterator<P>): P[] {
  const received: P[] = [];
  void (async () => {
    for await (const event of iterator) received.push(event);
  })();
  return received;
}

/*
 *   worker process ──publish──▶ PostgreSQL NOTIFY anxin_live ──LISTEN──▶ api process ──▶ subscriptions of the topic
 */
describe('live events across processes (PostgreSQL NOTIFY/LISTEN)', () => {
  let database: TestDatabase;
  let api: TestingModule;
  let worker: TestingModule;
  let topicCount = 0;
  const freshTopic = () => new LiveTopic<Ping>(`test.${(topicCount += 1)}`);

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startProcess(database, true);
    worker = await startProcess(database, false);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  it("should deliver a worker's event to the api process's subscribers of that topic only", async () => {
    // Given two subscriptions of one topic and one of another, in the api process
    const topic = freshTopic();
    const other = freshTopic();
    const first = collect(api.get(LiveEvents).subscribe(topic));
    const second = collect(api.get(LiveEvents).subscribe(topic));
    const elsewhere = collect(api.get(LiveEvents).subscribe(other));

    // When the worker process publishes on the topic
    await worker.get(LiveEvents).publish(topic, { n: 1 });

    // Then both subscribers of the topic receive it, and the other topic nothing
    await waitFor('both deliveries', () => Promise.resolve(first.length === 1 && second.length === 1));
    expect([first, second]).toEqual([[{ n: 1 }], [{ n: 1 }]]);
    expect(elsewhere).toEqual([]);
  });

  it('should send an event published in a transaction only when it commits', async () => {
    // Given a subscriber
    const topic = freshTopic();
    const received = collect(api.get(LiveEvents).subscribe(topic));
    const live = worker.get(LiveEvents);
    const em = worker.get(EntityManager);

    // When one transaction publishes and rolls back, and another publishes, waits, then commits
    await em
      .fork()
      .transactional(async (tx) => {
        await live.publishInTransaction(tx, topic, { n: 1 });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await em.fork().transactional(async (tx) => {
      await live.publishInTransaction(tx, topic, { n: 2 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Then nothing has arrived before the commit
      expect(received).toEqual([]);
    });

    // Then only the committed event arrives
    await waitFor('the committed event', () => Promise.resolve(received.length > 0));
    expect(received).toEqual([{ n: 2 }]);
  });

  it('should refuse a payload over the NOTIFY limit, and a subscription in a process that does not listen', async () => {
    // Given a payload of a document rather than ids
    const topic = new LiveTopic<{ text: string }>('test.big');
    // When published, then it is refused before reaching PostgreSQL
    await expect(worker.get(LiveEvents).publish(topic, { text: 'x'.repeat(8_000) })).rejects.toThrow(
      /ids, not documents/,
    );
    expect(() => worker.get(LiveEvents).subscribe(topic)).toThrow(/does not listen/);
  });

  it('should reconnect and listen again when its connection is killed', async () => {
    // Given a subscriber, and its process's LISTEN connection terminated by the server
    const topic = freshTopic();
    const received = collect(api.get(LiveEvents).subscribe(topic));
    const em = worker.get(EntityManager).fork();
    const killed = await em.execute<{ killed: boolean }[]>(
      `select pg_terminate_backend(pid) as killed from pg_stat_activity
        where application_name = ? and datname = current_database()`,
      [LIVE_APPLICATION_NAME],
    );
    expect(killed).toEqual([{ killed: true }]);

    // When events keep being published, then they arrive again once it has reconnected
    let n = 0;
    await waitFor(
      'an event after the reconnect',
      async () => {
        await worker.get(LiveEvents).publish(topic, { n: (n += 1) });
        return received.length > 0;
      },
      { intervalMs: 100 },
    );
    const listeners = await em.execute<{ count: number }[]>(
      `select count(*)::int as count from pg_stat_activity where application_name = ? and datname = current_database()`,
      [LIVE_APPLICATION_NAME],
    );
    expect(listeners).toEqual([{ count: 1 }]);
  });
});
