import type { Dataset } from '../model/dataset.type';
import type { PlanColumn, QueryPlan } from '../model/query-plan.type';
import type { ReportEnv, ReportScope } from '../model/report-api.type';
import type { ReportProblem } from '../model/report-problem.type';
import type { ReportDefinition } from '../model/report.type';
import { indexDataset, parseColumnRef } from '../dataset/dataset-index';
import { fieldExpr, valueNode } from '../filter/filter-context';
import { reportProblem } from '../problems/report-problem.util';
import { baseTarget } from './base-target';
import { scopePredicate } from './scope-predicate';
import { pruneJoins } from './prune-joins';

export type OptionsResult =
  { readonly ok: true; readonly plan: QueryPlan } | { readonly ok: false; readonly problems: readonly ReportProblem[] };

/**
 * The pick list of a parameter whose `options` name a dataset field: the field's distinct non-null values (key
 * `value`, with `label` from its label column when it has one) among the rows the caller's scope sees, optionally
 * those containing `search`, sorted, at most `env.rowCap`. Dictionary options are the API's to list.
 */
export function planParameterOptions(request: {
  readonly report: ReportDefinition;
  readonly dataset: Dataset;
  readonly parameter: string;
  readonly scope: ReportScope;
  readonly env: ReportEnv;
  readonly search?: string;
}): OptionsResult {
  const { report, dataset, parameter: parameterKey, scope, env, search } = request;
  const parameter = (report.parameters ?? []).find((p) => p.key === parameterKey);
  const options = parameter?.options;
  const index = indexDataset(dataset);
  const field = options && 'field' in options ? index.field(options.field) : undefined;
  if (!field) {
    const message = `"${parameterKey}" is not a parameter with field options.`;
    return { ok: false, problems: [reportProblem('UNKNOWN_PARAMETER', `params.${parameterKey}`, message)] };
  }
  const base = baseTarget(index, env.now);
  const value = fieldExpr(field);
  const select: PlanColumn[] = [
    { key: 'value', expr: value, type: field.type },
    ...(field.labelColumn
      ? [
          {
            key: 'label',
            expr: { kind: 'column' as const, ref: parseColumnRef(field.labelColumn) },
            type: 'text' as const,
          },
        ]
      : []),
  ];
  const visible = scopePredicate(scope, dataset, (ref) => ({ kind: 'column', ref: parseColumnRef(ref) }));
  const searched =
    search && field.type === 'text'
      ? [{ kind: 'contains' as const, expr: value, value: valueNode(search, 'text') }]
      : [];
  return {
    ok: true,
    plan: pruneJoins(
      {
        source: base.source,
        joins: base.joins,
        select,
        where: [
          ...(visible?.predicate ? [visible.predicate] : []),
          { kind: 'isNull', expr: value, negated: true },
          ...searched,
        ],
        groupBy: select.map((c) => c.key),
        orderBy: [{ key: select.length > 1 ? 'label' : 'value', direction: 'asc' }],
        limit: env.rowCap,
      },
      dataset,
    ),
  };
}
