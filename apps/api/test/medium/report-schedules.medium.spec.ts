import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ContributedJobs } from '../../src/engine-worker/contributed-jobs.service';
import { OutboxDelivery } from '../../src/engine-worker/outbox-delivery.service';
import { ReportExecution } from '../../src/modules/reports/report-execution.service';
import { ReportErrors } from '../../src/modules/reports/report.errors';
import { ReportSchedules } from '../../src/modules/reports/schedules/report-schedules.service';
import { login } from '../support/graphql-session';
import { startReportWorld, type ReportWorld } from '../support/report-e2e-setup';
import { definitionsApi } from '../support/definitions-api';
import { REPORT_FIXTURES } from '../support/reports-api';
import { deployOrFail } from '../support/rollup-world';

/** A report of the test dataset by project and category, sent on `cron` (Shanghai) to `recipients`. */
const scheduledReport = (key: string, name: string, schedule: Record<string, unknown>) =>
  JSON.stringify({
    key,
    name,
    dataset: 'test-tickets',
    dimensions: [{ field: 'project' }, { field: 'category' }],
    measures: ['tickets', 'totalCost'],
    sort: [{ by: 'tickets', direction: 'desc' }],
    chart: { type: 'table' },
    schedule: { timeZone: 'Asia/Shanghai', channels: ['inApp'], ...schedule },
  });

// Monday 2026-11-23: 08:00, 09:00 and 10:00 in Shanghai are 00:00, 01:00 and 02:00 UTC.
const MONDAY_0800 = new Date('2026-11-23T00:00:20Z');
const MONDAY_0900 = new Date('2026-11-23T01:00:20Z');
const MONDAY_1000 = new Date('2026-11-23T02:00:20Z');
const MONDAY_1100 = new Date('2026-11-23T03:00:20Z');
const MONDAY_1200 = new Date('2026-11-23T04:00:20Z');

/** A webhook receiver on a free loopback port that keeps what it was sent. */
async function startReceiver(): Promise<{ server: Server; url: string; posts: Record<string, unknown>[] }> {
  const posts: Record<string, unknown>[] = [];
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => {
      posts.push(JSON.parse(text) as Record<string, unknown>);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, posts };
}

interface Received {
  username: string;
  company: string;
  title: string;
  body: string;
}

// Medium: the real services and job bodies on the started app (API role: the tests run the jobs), real PostgreSQL.
describe('scheduled push: due reports are run as each recipient and sent through the outbox', () => {
  let world: ReportWorld;
  let schedules: ReportSchedules;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  const received = async (titlePrefix: string): Promise<Received[]> => {
    await world.testApp.app.get(OutboxDelivery).deliverPending({ retries: false });
    return world.db.rows<Received>(
      `select u.username, c.code as company, n.title, n.body from notification n
         join app_user u on u.id = n.user_id join company c on c.id = n.tenant_id
        where n.title like ? order by c.code, u.username, n.title`,
      [`${titlePrefix}%`],
    );
  };

  beforeAll(async () => {
    receiver = await startReceiver();
    world = await startReportWorld({ ROLE: 'api', REPORT_WEBHOOK_URL: receiver.url });
    schedules = world.testApp.app.get(ReportSchedules);
    const { token } = await login(world.testApp.baseUrl, 'admin', { tenant: 'demo' });
    const weekly = { cron: '0 8 * * MON', recipients: { roles: ['manager', 'admin', 'owner'], users: ['supervisor'] } };
    await deployOrFail(world, token, 'REPORT', 'test-weekly', scheduledReport('test-weekly', '每周工单', weekly));
    const perProject = { cron: '0 9 * * MON', recipients: { users: ['supervisor'] }, perProject: true };
    await deployOrFail(
      world,
      token,
      'REPORT',
      'test-per-project',
      scheduledReport('test-per-project', '项目周报', perProject),
    );
    const broken = { cron: '0 10 * * MON', recipients: { roles: ['admin'] } };
    await deployOrFail(world, token, 'REPORT', 'test-broken', scheduledReport('test-broken', '坏报表', broken));
    const hook = { cron: '0 11 * * MON', recipients: { users: ['manager'] }, channels: ['webhook'] };
    await deployOrFail(world, token, 'REPORT', 'test-webhook', scheduledReport('test-webhook', '推送周报', hook));
    const board = REPORT_FIXTURES.find((f) => f.key === 'test-overview')!;
    const dashboard = {
      ...(JSON.parse(board.content) as object),
      schedule: {
        cron: '0 12 * * MON',
        timeZone: 'Asia/Shanghai',
        recipients: { users: ['supervisor'] },
        channels: ['inApp'],
        params: { category: 'leak' },
        perProject: true,
      },
    };
    const deployed = await definitionsApi(world.testApp.baseUrl, token).deploy({
      kind: 'DASHBOARD',
      key: 'test-overview',
      content: JSON.stringify(dashboard),
    });
    if (!deployed.data?.deployDefinition) throw new Error(JSON.stringify(deployed.errors));
  });

  afterAll(async () => {
    await world.testApp.close();
    receiver.server.close();
  });

  it('should contribute its jobs to the engine worker, each every minute without backfill or overlap', () => {
    // When the engine worker collects the contributed jobs
    const jobs = world.testApp.app.get(ContributedJobs);
    // Then the reports module's two jobs are there, with their crontab items
    expect(jobs.all().map((j) => j.identifier)).toEqual(['anxin.report-rollups', 'anxin.report-schedules']);
    expect(jobs.crontab().map((c) => [c.task, c.options.backfillPeriod, c.options.jobKey])).toEqual([
      ['anxin.report-rollups', 0, 'anxin.report-rollups'],
      ['anxin.report-schedules', 0, 'anxin.report-schedules'],
    ]);
  });

  it('should send a due occurrence once, even with two runners, and not again', async () => {
    // When two runners look for due schedules at Monday 08:00 at the same time
    const [a, b] = await Promise.all([schedules.runDue(MONDAY_0800), schedules.runDue(MONDAY_0800)]);
    // Then the weekly report was sent once to each company: the other runner found it taken, or (if it read the last
    // runs after the first had claimed them) not due at all
    const outcomes = [...a, ...b].filter((o) => o.key === 'test-weekly').map((o) => o.outcome);
    expect(outcomes.filter((o) => o === 'sent')).toEqual(['sent', 'sent']);
    expect(outcomes.filter((o) => o !== 'sent' && o !== 'taken')).toEqual([]);
    // And a minute later nothing is due any more
    expect(await schedules.runDue(new Date(MONDAY_0800.getTime() + 60_000))).toEqual([]);
    // And each recipient got one message: admins, the manager, the supervisor named; never the owner
    const messages = await received('定时报表：每周工单');
    expect(messages.map((m) => `${m.company}:${m.username}`)).toEqual([
      'demo:admin',
      'demo:manager',
      'demo:supervisor',
      'other:admin',
    ]);
  });

  it('should give each recipient only the figures of his scope', async () => {
    // Given the weekly report sent at Monday 08:00 (previous case)
    const messages = await received('定时报表：每周工单');
    const body = (who: string) => messages.find((m) => `${m.company}:${m.username}` === who)!.body;
    // Then the manager of lakeside sees lakeside's rows only; the supervisor of both projects sees both
    expect(body('demo:manager')).toContain('绿湖苑 / leak：工单数 2');
    expect(body('demo:manager')).not.toContain('西山湾');
    expect(body('demo:supervisor')).toContain('西山湾 / leak：工单数 1');
    expect(body('demo:supervisor')).toContain('统计时间：2026-11-23 08:00');
    expect(body('demo:supervisor').split('\n').at(-1)).toBe('查看：报表 test-weekly');
    // And no demo user sees the other company's ticket, whose admin sees only it
    expect(messages.filter((m) => m.company === 'demo' && m.body.includes('999'))).toEqual([]);
    expect(body('other:admin')).toContain('滨江府 / leak：工单数 1');
    expect(body('other:admin')).not.toContain('绿湖苑');
  });

  it('should not send a schedule that is not due', async () => {
    // When the runner looks on Tuesday morning (no cron of these falls then)
    const outcomes = await schedules.runDue(new Date('2026-11-24T00:00:20Z'));
    // Then nothing is sent
    expect(outcomes).toEqual([]);
  });

  it('should send one message per project the recipient sees with perProject', async () => {
    // When the per-project report is due at Monday 09:00
    const outcomes = await schedules.runDue(MONDAY_0900);
    // Then the supervisor (lakeside and hillside) gets one message per project, each with that project's rows (the
    // other company has no user of that name: its occurrence is sent to nobody)
    expect(outcomes.map((o) => `${o.key} ${o.outcome} ${o.messages}`).sort()).toEqual([
      'test-per-project sent 0',
      'test-per-project sent 2',
    ]);
    const messages = await received('定时报表：项目周报');
    expect(messages.map((m) => m.title)).toEqual(['定时报表：项目周报（绿湖苑）', '定时报表：项目周报（西山湾）']);
    expect(messages[0]!.body).not.toContain('西山湾');
    expect(messages[1]!.body).toContain('西山湾 / leak：工单数 1');
    expect(messages[1]!.body).not.toContain('绿湖苑');
  });

  it('should make an incident of a report that cannot run, and not retry it every minute', async () => {
    // Given a report that no longer runs
    const execution = world.testApp.app.get(ReportExecution);
    const run = jest.spyOn(execution, 'run').mockRejectedValue(ReportErrors.definitionBroken('test-broken', []));
    try {
      // When it is due at Monday 10:00, and the runner looks again a minute later
      const first = await schedules.runDue(MONDAY_1000);
      const second = await schedules.runDue(new Date(MONDAY_1000.getTime() + 60_000));
      // Then the occurrence failed once per company, with incidents, and was not tried again
      expect(first.map((o) => [o.key, o.outcome])).toEqual([
        ['test-broken', 'failed'],
        ['test-broken', 'failed'],
      ]);
      expect(second).toEqual([]);
      const incidents = await world.db.rows<{ job_name: string }>(
        `select job_name from incident where job_name = 'anxin.report-schedules'`,
      );
      expect(incidents).toHaveLength(2);
    } finally {
      run.mockRestore();
    }
  });

  it('should POST a schedule of the webhook channel to the configured URL, and make no in-app notification', async () => {
    // Given REPORT_WEBHOOK_URL set and a report sent by webhook to the manager at Monday 11:00
    // When it is due and the outbox is delivered
    await schedules.runDue(MONDAY_1100);
    const inApp = await received('定时报表：推送周报');
    // Then the receiver got one message with the title, the manager's figures and the report's reference
    const [manager] = await world.db.rows<{ id: string }>(`select id from app_user where username = 'manager'`);
    expect(receiver.posts).toHaveLength(1);
    expect(receiver.posts[0]).toMatchObject({
      title: '定时报表：推送周报',
      recipient: manager!.id,
      report: { kind: 'report', key: 'test-webhook', params: {}, occurrence: '2026-11-23T03:00:00.000Z' },
    });
    expect(receiver.posts[0]!['body']).toContain('绿湖苑 / leak：工单数 2');
    expect(inApp).toEqual([]);
  });

  it('should send a scheduled dashboard as one section per widget, per project, with the schedule’s parameters', async () => {
    // Given the test dashboard scheduled at Monday 12:00 for the supervisor, per project, for leaks only
    // When it is due
    const outcomes = await schedules.runDue(MONDAY_1200);
    // Then the supervisor gets one message per project, each with both widgets and that project's leaks only
    expect(outcomes.filter((o) => o.messages > 0).map((o) => [o.kind, o.key, o.messages])).toEqual([
      ['dashboard', 'test-overview', 2],
    ]);
    const messages = await received('定时报表：测试看板');
    expect(messages.map((m) => m.title)).toEqual(['定时报表：测试看板（绿湖苑）', '定时报表：测试看板（西山湾）']);
    const lakeside = messages[0]!.body;
    expect(lakeside).toContain('【各类别】\n· 绿湖苑 / leak：工单数 2');
    expect(lakeside).toContain('【各项目各类别工单】');
    expect(lakeside).not.toContain('electric');
    expect(lakeside).not.toContain('西山湾');
  });
});
