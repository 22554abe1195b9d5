import { Injectable } from '@nestjs/common';
import { DRILL_KEY, planDrillDown, type ReportCell } from '@anxin/report-engine';
import { ActorContext } from '../../common/context/actor-context.service';
import { AppError } from '../../common/errors/app-error';
import { pageOf, type PageInput } from '../../common/graphql/page.input';
import { isUuid } from '../../common/validation/uuid.util';
import type { TicketPageObject } from '../workflow/tickets/ticket.object';
import { TicketQueries } from '../workflow/tickets/ticket-queries.service';
import { ReportDefinitions } from './report-definitions.service';
import { problemsError } from './report-execution.service';
import { ReportRunner } from './report-runner.service';
import { reportScopeOf } from './report-scope.util';
import { paramsOf } from './reports.service';

/** A clicked cell arrives as any JSON: only an object of dimension values is one. */
function cellOf(value: unknown): ReportCell {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as ReportCell;
  throw AppError.invalidInput('cell', 'cell must be a JSON object of dimension keys and values');
}

/**
 * The tickets behind a clicked cell of a report: the report's filters with the viewer's parameters, the caller's
 * scope and the cell's values give a page of ticket ids (read-only, like the report); the tickets themselves are
 * then read as `tickets` reads them, under the ticket visibility rules again.
 */
@Injectable()
export class ReportDrill {
  constructor(
    private readonly actors: ActorContext,
    private readonly definitions: ReportDefinitions,
    private readonly runner: ReportRunner,
    private readonly tickets: TicketQueries,
  ) {}

  async drillDown(key: string, cell: unknown, params: unknown, page: PageInput | undefined): Promise<TicketPageObject> {
    const actor = this.actors.require();
    const { content: report } = await this.definitions.report(key);
    const dataset = await this.definitions.datasetOf(report);
    const env = { now: new Date(), rowCap: this.runner.rowCap };
    const scope = reportScopeOf(actor);
    // A page is at most 200 tickets (as `tickets`) and never more than the row cap.
    const { offset, limit } = pageOf(page);
    const paged = { offset, limit: Math.min(limit, env.rowCap) };
    const result = planDrillDown(report, dataset, paramsOf(params), cellOf(cell), scope, env, paged);
    if (!result.ok) throw problemsError(report.key, result.problems);
    const rows = await this.runner.run(result.planned.plan, actor.tenantId);
    const ids = rows.map((row) => row[DRILL_KEY]).filter((id): id is string => typeof id === 'string' && isUuid(id));
    const [items, total] = await Promise.all([
      this.tickets.ofInstances(ids),
      this.runner.count(result.planned.countPlan, actor.tenantId),
    ]);
    return { items, total };
  }
}
