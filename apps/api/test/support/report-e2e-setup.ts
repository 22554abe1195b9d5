import { EntityManager } from '@mikro-orm/postgresql';
import { FAST_AUTH_ENV, login, seedFixture } from './graphql-session';
import { deployReportFixtures } from './reports-api';
import { insertReportTickets, type SqlRunner } from './report-tickets';
import { startTestApp, type TestApp } from './test-app';

/** The tickets of the report e2e suites, by name. */
export interface ReportWorld {
  readonly testApp: TestApp;
  readonly db: SqlRunner;
  readonly projects: { readonly lakeside: string; readonly hillside: string };
  /** Instance ids: kitchen and bathroom leaks and a power cut at lakeside, a balcony leak at hillside. */
  readonly tickets: {
    readonly kitchen: string;
    readonly bathroom: string;
    readonly power: string;
    readonly balcony: string;
  };
  /** Ticket numbers by the same names. */
  readonly numbers: Readonly<Record<'kitchen' | 'bathroom' | 'power' | 'balcony', string>>;
}

/**
 * A test app with the test org and another company, the report fixtures deployed, and four tickets of the demo
 * company (plus one of the other company that no demo user may ever count).
 */
export async function startReportWorld(env: Record<string, string> = {}): Promise<ReportWorld> {
  const testApp = await startTestApp({ ...FAST_AUTH_ENV, ...env });
  await seedFixture(testApp, 'other-tenant');
  const em = testApp.app.get(EntityManager);
  const db: SqlRunner = { rows: (sql, params = []) => em.fork().execute(sql, params as never[]) };
  const admin = await login(testApp.baseUrl, 'admin', { tenant: 'demo' });
  await deployReportFixtures(testApp.baseUrl, admin.token);
  const projectRows = await db.rows<{ id: string; code: string; tenant_id: string; company: string }>(
    `select p.id, p.code, p.tenant_id, c.code as company from project p join company c on c.id = p.tenant_id`,
  );
  const project = (company: string, code: string) => projectRows.find((p) => p.company === company && p.code === code)!;
  const lakeside = project('demo', 'lakeside');
  const hillside = project('demo', 'hillside');
  const other = projectRows.find((p) => p.company !== 'demo')!;
  const [team] = await db.rows<{ id: string }>(`select id from team where project_id = ?`, [lakeside.id]);
  const demo = lakeside.tenant_id;
  const [kitchen, bathroom, power, balcony] = await insertReportTickets(db, [
    {
      tenantId: demo,
      projectId: lakeside.id,
      category: 'leak',
      title: '厨房漏水',
      estimatedCost: 100,
      team: team!.id,
      createdAt: '2026-03-02T01:00:00Z',
      closedAt: '2026-03-02T05:00:00Z',
    },
    {
      tenantId: demo,
      projectId: lakeside.id,
      category: 'leak',
      title: '卫生间渗水',
      estimatedCost: 300,
      createdAt: '2026-03-03T01:00:00Z',
    },
    {
      tenantId: demo,
      projectId: lakeside.id,
      category: 'electric',
      title: '停电',
      estimatedCost: 50,
      createdAt: '2026-03-04T01:00:00Z',
    },
    {
      tenantId: demo,
      projectId: hillside.id,
      category: 'leak',
      title: '阳台漏水',
      estimatedCost: 70,
      createdAt: '2026-03-05T01:00:00Z',
    },
    {
      tenantId: other.tenant_id,
      projectId: other.id,
      category: 'leak',
      title: '别家漏水',
      estimatedCost: 999,
      createdAt: '2026-03-05T01:00:00Z',
    },
  ]);
  const numberRows = await db.rows<{ instance_id: string; number: string }>(`select instance_id, number from ticket`);
  const numberOf = (id: string | undefined) => numberRows.find((r) => r.instance_id === id)!.number;
  return {
    testApp,
    db,
    projects: { lakeside: lakeside.id, hillside: hillside.id },
    tickets: { kitchen: kitchen!, bathroom: bathroom!, power: power!, balcony: balcony! },
    numbers: {
      kitchen: numberOf(kitchen),
      bathroom: numberOf(bathroom),
      power: numberOf(power),
      balcony: numberOf(balcony),
    },
  };
}
