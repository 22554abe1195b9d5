import { RecordingChannel } from '../support/recording-channel';
import { startWorker, type WorkerHarness } from '../support/worker-harness';

interface OutboxRow {
  kind: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

/** The outbox delivery itself (no runner: the test plays the deliver-outbox job). Three attempts per message. */
describe('outbox delivery', () => {
  let h: WorkerHarness;
  const channel = new RecordingChannel();

  beforeAll(async () => {
    h = await startWorker({ runJobs: false, channel });
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.rows('delete from outbox');
    channel.delivered.length = 0;
    channel.failing.clear();
  });

  const write = (kind: string, count = 1) =>
    h.rows(
      `insert into outbox (kind, payload, created_at) select ?, jsonb_build_object('n', n), now()
       from generate_series(1, ?) as n`,
      [kind, count],
    );
  const rowsOf = (kind: string) =>
    h.rows<OutboxRow>('select kind, status, attempts, last_error from outbox where kind = ? order by id', [kind]);

  it('should keep a failed message pending with its error, and ask for a retry run', async () => {
    // given two messages, one for a receiver that is down
    await write('sms.sent');
    await write('webhook.called');
    channel.failing.add('webhook.called');

    // when an ordinary delivery run goes through them
    const before = Date.now();
    const report = await h.outbox.deliverPending({ retries: false });

    // then one is delivered, the other waits for a retry run with its error kept
    expect(report).toMatchObject({ delivered: 1, failed: 0, retrying: 1 });
    expect(report.retryAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(await rowsOf('sms.sent')).toEqual([expect.objectContaining({ status: 'delivered', attempts: 1 })]);
    expect(await rowsOf('webhook.called')).toEqual([
      { kind: 'webhook.called', status: 'pending', attempts: 1, last_error: 'webhook.called: receiver unavailable' },
    ]);
  });

  it('should retry failed messages only in retry runs, and mark them failed after the last attempt', async () => {
    // given a message that failed once
    await write('webhook.called');
    channel.failing.add('webhook.called');
    await h.outbox.deliverPending({ retries: false });

    // when another ordinary run comes (a step wrote other messages), then it leaves the failed one alone
    expect(await h.outbox.deliverPending({ retries: false })).toMatchObject({ retrying: 0 });
    expect(await rowsOf('webhook.called')).toEqual([expect.objectContaining({ attempts: 1 })]);

    // when the retry runs fail too, then after the third attempt the message is failed for good
    expect(await h.outbox.deliverPending({ retries: true })).toMatchObject({ retrying: 1 });
    expect(await h.outbox.deliverPending({ retries: true })).toMatchObject({ failed: 1, retrying: 0 });
    expect(await rowsOf('webhook.called')).toEqual([expect.objectContaining({ status: 'failed', attempts: 3 })]);
    expect(channel.delivered).toEqual([]);
  });

  it('should deliver each message once when several workers drain the outbox at the same time', async () => {
    // given 300 pending messages (six batches)
    await write('mail.sent', 300);

    // when four deliveries run at once
    const reports = await Promise.all(Array.from({ length: 4 }, () => h.outbox.deliverPending({ retries: false })));

    // then each message was handed to the channel exactly once
    expect(reports.reduce((sum, r) => sum + r.delivered, 0)).toBe(300);
    expect(new Set(channel.delivered.map((m) => m.id)).size).toBe(300);
    expect(channel.delivered).toHaveLength(300);
    expect(await h.rows(`select id from outbox where status <> 'delivered'`)).toEqual([]);
  });
});
