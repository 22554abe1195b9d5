import { isTruthy } from '@anxin/rules';
import type { OfferedOptions } from '../field-types/field-kind.type';
import { textIn } from '../model/localized-text';
import type { ChoiceField, DataSourceName, OptionItem, OptionsFrom } from '../model/form-definition.type';
import type { PlanField } from '../plan/form-plan.type';
import { runRule, type Run, type Where } from './run';

const views = new WeakMap<OptionItem, Record<string, unknown>>();

/** What an option filter reads as `$option`: the attributes, the value and the Chinese label. */
function optionView(item: OptionItem): Record<string, unknown> {
  let view = views.get(item);
  if (view === undefined) {
    view = { ...(item.attributes ?? {}), value: item.value, label: textIn(item.label, 'zh-CN') };
    views.set(item, view);
  }
  return view;
}

function sourceOf(field: PlanField): OptionsFrom | undefined {
  if (field.kind.type === 'user-picker') return { dataSource: 'users' };
  if (field.kind.type === 'team-picker') return { dataSource: 'teams' };
  return (field.def as ChoiceField).optionsFrom;
}

function allOptions(run: Run, field: PlanField): OfferedOptions {
  const listed = (field.def as ChoiceField).options;
  if (listed !== undefined) return { ok: true, items: listed };
  const from = sourceOf(field);
  if (from === undefined) return { ok: false, source: 'options' };
  if ('dictionary' in from) {
    const dictionaries = run.context.dictionaries;
    const found =
      dictionaries && Object.hasOwn(dictionaries, from.dictionary) ? dictionaries[from.dictionary] : undefined;
    return found === undefined
      ? { ok: false, source: `dictionary:${from.dictionary}` }
      : { ok: true, items: found.items };
  }
  const name: DataSourceName = from.dataSource;
  const sources = run.context.dataSources;
  const rows = sources && Object.hasOwn(sources, name) ? sources[name] : undefined;
  return rows === undefined ? { ok: false, source: `dataSource:${name}` } : { ok: true, items: rows };
}

/**
 * The options a choice field offers in one cell: from the field, a dictionary of the context or a host data
 * source, kept by `optionFilter` (evaluated per option with `$option`). When the filter cannot be evaluated,
 * nothing is offered (and `RULE_FAILED` is reported once).
 */
export function offeredOptions(run: Run, field: PlanField, where: Where): OfferedOptions {
  const all = allOptions(run, field);
  const filter = field.rules.optionFilter;
  if (!all.ok || filter === undefined) return all;
  const kept: OptionItem[] = [];
  for (const item of all.items) {
    run.scope.$option = optionView(item);
    const outcome = runRule(run, filter, where, field.rules.names.optionFilter);
    if (!outcome.ok) {
      run.scope.$option = null;
      return { ok: true, items: [] };
    }
    if (isTruthy(outcome.value)) kept.push(item);
  }
  run.scope.$option = null;
  return { ok: true, items: kept };
}
