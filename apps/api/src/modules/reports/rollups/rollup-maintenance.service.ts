import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import {
  EngineInvariantError,
  planChangedDays,
  planRollupBuild,
  rollupLayout,
  type Dataset,
} from '@anxin/report-engine';
import { compilePlan } from '../plan-compiler';
import { ReportDefinitions } from '../report-definitions.service';
import { rowOf } from '../report-values.util';
import { compileRollupBuild } from '../rollup-build.compiler';
import { rollupSignature } from '../rollup-signature.util';
import { ReportWriteDatabase, type RunQuery, type WriteSession } from './report-write-database.service';
import { consecutiveRuns, monthChunks, type DayRange } from './rollup-days.util';

/** What one run did to one tenant's rollup. */
export interface RollupRefresh {
  readonly tenantId: string;
  readonly dataset: string;
  readonly rollup: string;
  /** `rebuilt` (no state, or built for another definition), `refreshed` (changed days), `busy` (another run has it). */
  readonly outcome: 'rebuilt' | 'refreshed' | 'busy' | 'failed';
  /** Local days recomputed. */
  readonly days: number;
  readonly error?: string;
}

interface Target {
  readonly tenantId: string;
  readonly dataset: Dataset;
  readonly rollupKey: string;
  readonly now: Date;
}

/**
 * A step's `updated_at` is when its work started, not when its transaction committed: a run looks back this far
 * before its previous start so rows committed late are not missed (recomputing a day twice is harmless).
 */
export const ROLLUP_OVERLAP_MS = 5 * 60_000;
const EVERYTHING = '1970-01-01T00:00:00Z';

const STATE_SQL = `select signature, watermark from report_rollup_state
  where tenant_id = $1::uuid and dataset_key = $2 and rollup_key = $3`;
const SAVE_STATE_SQL = `insert into report_rollup_state (tenant_id, dataset_key, rollup_key, signature, watermark, built_at)
  values ($1::uuid, $2, $3, $4, $5::timestamptz, $6::timestamptz)
  on conflict (tenant_id, dataset_key, rollup_key)
  do update set signature = excluded.signature, watermark = excluded.watermark, built_at = excluded.built_at`;
const CLEAR_SQL = `delete from report_rollup where tenant_id = $1::uuid and dataset_key = $2 and rollup_key = $3`;
// One run per tenant's rollup at a time, across processes (the cron job, the benchmark calling refreshAll).
const LOCK_SQL = `select pg_try_advisory_lock(hashtext($1)) as locked`;
const UNLOCK_SQL = `select pg_advisory_unlock(hashtext($1))`;

/**
 * Keeps `report_rollup` current for every tenant and every rollup of the latest deployed datasets (the worker's
 * `anxin.report-rollups` job, every minute). A rollup without state, or whose stored signature is not the current
 * definition's, is rebuilt from nothing (a transaction per month of days, the state written last, so it answers
 * nothing until complete); otherwise the local days of rows changed since the watermark (minus
 * {@link ROLLUP_OVERLAP_MS}) are recomputed in one transaction with the new watermark, the run's start.
 */
@Injectable()
export class RollupMaintenance {
  constructor(
    private readonly definitions: ReportDefinitions,
    private readonly db: ReportWriteDatabase,
    private readonly em: EntityManager,
    @InjectPinoLogger(RollupMaintenance.name) private readonly logger: PinoLogger,
  ) {}

  /** Brings every tenant's rollups up to date; a rollup that fails is logged and left for the next run. */
  async refreshAll(now = new Date()): Promise<RollupRefresh[]> {
    const deployed = await this.definitions.all<Dataset>('dataset');
    const datasets = deployed.map((d) => d.content).filter((d) => (d.rollups ?? []).length > 0);
    if (datasets.length === 0) return [];
    const tenants = await this.db.session((s) => s.system<{ id: string }>({ sql: 'select id from company', bindings: [] }));
    const results: RollupRefresh[] = [];
    for (const { id: tenantId } of tenants)
      for (const dataset of datasets)
        for (const rollup of dataset.rollups ?? [])
          results.push(await this.refresh({ tenantId, dataset, rollupKey: rollup.key, now }));
    return results;
  }

  /** Brings one tenant's rollup up to date, unless another run is doing it right now. */
  async refresh(target: Target): Promise<RollupRefresh> {
    const { tenantId, dataset, rollupKey } = target;
    const base = { tenantId, dataset: dataset.key, rollup: rollupKey };
    const lock = { sql: '', bindings: [`report-rollup:${tenantId}/${dataset.key}/${rollupKey}`] };
    try {
      return await this.db.session(async (session) => {
        const [row] = await session.system<{ locked: boolean }>({ ...lock, sql: LOCK_SQL });
        if (!row?.locked) return { ...base, outcome: 'busy', days: 0 };
        try {
          return { ...base, ...(await this.update(session, target)) };
        } finally {
          await session.system({ ...lock, sql: UNLOCK_SQL });
        }
      });
    } catch (error) {
      this.logger.error({ err: error, ...base }, 'a rollup could not be brought up to date');
      return { ...base, outcome: 'failed', days: 0, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private async update(session: WriteSession, target: Target): Promise<Pick<RollupRefresh, 'outcome' | 'days'>> {
    const { tenantId, dataset, rollupKey, now } = target;
    const signature = rollupSignature(dataset, rollupKey);
    if (signature === undefined) throw new EngineInvariantError(`${dataset.key} has no rollup ${rollupKey}`);
    const keys = [tenantId, dataset.key, rollupKey];
    const [state] = await session.system<{ signature: string; watermark: Date | null }>({ sql: STATE_SQL, bindings: keys });
    const saveState = (run: RunQuery) =>
      run({ sql: SAVE_STATE_SQL, bindings: [...keys, signature, now.toISOString(), new Date().toISOString()] });
    if (!state || state.signature !== signature || state.watermark === null) {
      const days = await session.tenantTransaction(tenantId, (run) => this.changedDays(run, target, EVERYTHING));
      await session.tenantTransaction(tenantId, (run) => run({ sql: CLEAR_SQL, bindings: keys }));
      for (const chunk of monthChunks(days)) {
        await session.tenantTransaction(tenantId, (run) => this.build(run, target, chunk));
      }
      await session.tenantTransaction(tenantId, saveState);
      return { outcome: 'rebuilt', days: days.length };
    }
    const since = new Date(new Date(state.watermark).getTime() - ROLLUP_OVERLAP_MS).toISOString();
    return session.tenantTransaction(tenantId, async (run) => {
      const days = await this.changedDays(run, target, since);
      for (const range of consecutiveRuns(days)) await this.build(run, target, range);
      await saveState(run);
      return { outcome: 'refreshed', days: days.length };
    });
  }

  /** The local days of the tenant's rows changed at or after `since` (the tenant's RLS binds the query). */
  private async changedDays(run: RunQuery, target: Target, since: string): Promise<string[]> {
    const plan = planChangedDays(target.dataset, target.rollupKey, since);
    const rows = await run(compilePlan(this.em.getKnex(), plan));
    return rows.map((row) => String(rowOf(row, plan.select)['day']));
  }

  /** Replaces the rollup rows of `days` with what the tenant's rows give now. */
  private async build(run: RunQuery, target: Target, days: DayRange): Promise<void> {
    const { tenantId, dataset, rollupKey } = target;
    const layout = rollupLayout(dataset, rollupKey);
    if (!layout) throw new EngineInvariantError(`${dataset.key} has no rollup ${rollupKey}`);
    const plan = planRollupBuild(dataset, rollupKey, days);
    const statements = compileRollupBuild(this.em.getKnex(), { plan, layout, tenantId, days });
    await run(statements.remove);
    await run(statements.insert);
  }
}
