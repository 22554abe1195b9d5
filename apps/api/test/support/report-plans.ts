import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { PlanExpr, PlanPredicate, QueryPlan } from '@anxin/report-engine';
import { workspaceRoot } from '@anxin/testing';
import { loadConfig } from '../../src/config/app-config';
import { ReportCatalogService } from '../../src/modules/reports/report-catalog.service';
import { ReportDatabase } from '../../src/modules/reports/report-database.service';
import { ReportRunner } from '../../src/modules/reports/report-runner.service';
import type { OrgHarness } from './org-harness';
import { insertReportTickets } from './report-tickets';

export const col = (column: string, alias = 't'): PlanExpr => ({ kind: 'column', ref: { alias, column } });
export const text = (value: string | null): PlanExpr => ({ kind: 'value', value, type: 'text' });
export const eq = (left: PlanExpr, right: PlanExpr): PlanPredicate => ({ kind: 'compare', op: '=', left, right });

/** A plan over tickets (alias t) grouped by its first column. */
export function ticketPlan(select: QueryPlan['select'], where: PlanPredicate[] = [], grouped = true): QueryPlan {
  return {
    source: { table: 'ticket', alias: 't' },
    joins: [],
    select,
    where,
    groupBy: grouped ? [select[0]!.key] : [],
    orderBy: [{ key: select[0]!.key, direction: 'asc' }],
  };
}

// Payloads a viewer could type into a parameter or a clicked cell: each must be a plain value, nothing more.
export const INJECTIONS = [
  `' or 1=1 --`,
  `'); drop table ticket; --`,
  `leak'; delete from ticket where '1'='1`,
  `leak" or "1"="1`,
  `/* comment */ leak`,
  `leak -- trailing`,
  `$$; drop table ticket; $$`,
  `\\'; select pg_sleep(5); --`,
  `?`,
  `??`,
  `漏水'）；删除`,
  `\u202e'; --\u200b`,
];

/** What {@link seedPlanTickets} created. */
export interface PlanTickets {
  readonly demo: string;
  /** Project ids by `demo:<code>` / `other:<code>`. */
  readonly projects: Record<string, string>;
  readonly ids: string[];
}

/** Four tickets of the demo company (times in UTC; Asia/Shanghai is +8) and one of the other company. */
export async function seedPlanTickets(h: OrgHarness): Promise<PlanTickets> {
  const demo = h.tenants.get('demo') ?? '';
  const rows = await h.rows<{ id: string; code: string; tenant_id: string }>('select id, code, tenant_id from project');
  const projects = Object.fromEntries(rows.map((r) => [`${r.tenant_id === demo ? 'demo' : 'other'}:${r.code}`, r.id]));
  const lakeside = projects['demo:lakeside']!;
  const other = rows.find((r) => r.tenant_id !== demo)!;
  const ids = await insertReportTickets(h, [
    {
      tenantId: demo,
      projectId: lakeside,
      category: 'leak',
      title: '厨房漏水 100%_done\\',
      estimatedCost: 100,
      rating: 5,
      createdAt: '2026-01-05T02:00:00Z',
      closedAt: '2026-01-05T06:00:00Z',
    },
    {
      tenantId: demo,
      projectId: lakeside,
      category: 'leak',
      title: '卫生间渗水',
      estimatedCost: 300,
      rating: 3,
      createdAt: '2026-01-31T17:00:00Z',
      closedAt: '2026-02-01T17:00:00Z',
    },
    { tenantId: demo, projectId: lakeside, category: 'electric', title: '停电', createdAt: '2026-02-03T03:00:00Z' },
    {
      tenantId: demo,
      projectId: projects['demo:hillside']!,
      category: 'leak',
      title: '阳台',
      estimatedCost: 50,
      createdAt: '2026-02-10T03:00:00Z',
    },
    {
      tenantId: other.tenant_id,
      projectId: other.id,
      category: 'leak',
      title: '别家',
      estimatedCost: 999,
      createdAt: '2026-01-10T03:00:00Z',
    },
  ]);
  return { demo, projects, ids };
}

/** A {@link ReportRunner} on the harness's database (its own pool: `close` it), with extra settings if given. */
export function reportRunnerFor(
  h: OrgHarness,
  env: Record<string, string> = {},
): { runner: ReportRunner; close: () => Promise<void> } {
  const loaded = loadConfig({ DATABASE_URL: h.database.url, ...env }, workspaceRoot);
  if (!loaded.ok) throw new Error(loaded.message);
  const em = h.moduleRef.get(EntityManager);
  const db = new ReportDatabase(h.moduleRef.get(MikroORM), loaded.config);
  const runner = new ReportRunner(em, db, new ReportCatalogService(em), loaded.config);
  return { runner, close: () => db.onModuleDestroy() };
}
