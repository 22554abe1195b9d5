import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { QueryPlan, ReportRow } from '@anxin/report-engine';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { compileCount, compilePlan, ROLLUP_TABLE, type CompiledQuery } from './plan-compiler';
import { ReportCatalogService } from './report-catalog.service';
import { ReportDatabase } from './report-database.service';
import { reportErrorOf } from './report.errors';
import { rowOf } from './report-values.util';
import { UnsafePlanError } from './sql-fragment.util';

/**
 * Runs query plans for a tenant: compiled to one parameterised SELECT, on the report connections (read-only
 * transaction, row-level security, statement timeout), never more than `REPORT_ROW_CAP` + 1 rows (the extra row
 * tells the shaper the result was cut). A timeout is `TIMEOUT`, a value PostgreSQL cannot read `BAD_USER_INPUT`.
 */
@Injectable()
export class ReportRunner {
  readonly rowCap: number;

  constructor(
    private readonly em: EntityManager,
    private readonly db: ReportDatabase,
    private readonly catalog: ReportCatalogService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.rowCap = config.reports.rowCap;
  }

  async run(plan: QueryPlan, tenantId: string): Promise<ReportRow[]> {
    await this.assertReadsCatalog(plan);
    const limit = Math.min(plan.limit ?? this.rowCap + 1, this.rowCap + 1);
    const rows = await this.query(tenantId, compilePlan(this.em.getKnex(), { ...plan, limit }));
    return rows.map((row) => rowOf(row, plan.select));
  }

  /** The number of rows `plan` has, uncapped (a report's `total`). */
  async count(plan: QueryPlan, tenantId: string): Promise<number> {
    await this.assertReadsCatalog(plan);
    const [row] = await this.query(tenantId, compileCount(this.em.getKnex(), plan));
    return Number(row?.['total'] ?? 0);
  }

  private async query(tenantId: string, query: CompiledQuery): Promise<Record<string, unknown>[]> {
    try {
      return await this.db.readOnly(tenantId, query);
    } catch (error) {
      throw reportErrorOf(error, this.db.timeoutMs);
    }
  }

  /** Plans come from checked datasets; a table outside the catalog is a bug, refused before any SQL. */
  private async assertReadsCatalog(plan: QueryPlan): Promise<void> {
    const { tables } = await this.catalog.catalog();
    for (const relation of [plan.source, ...plan.joins]) {
      if (relation.table !== ROLLUP_TABLE && !tables[relation.table])
        throw new UnsafePlanError(`a query plan reads ${JSON.stringify(relation.table)}, which is not reportable`);
    }
  }
}
