import type { JsonValue } from '@anxin/rules';
import type { OptionItem } from '../model/form-definition.type';
import { issue, type Issue } from '../problems/issue.type';
import type { CheckContext } from './field-kind.type';

const indexes = new WeakMap<readonly OptionItem[], ReadonlyMap<string, OptionItem>>();

/** The option of that value among `items` (indexed once per list). */
export function findOption(items: readonly OptionItem[], value: string): OptionItem | undefined {
  let index = indexes.get(items);
  if (index === undefined) {
    index = new Map(items.map((item) => [item.value, item]));
    indexes.set(items, index);
  }
  return index.get(value);
}

function wasStored(previous: JsonValue | undefined, value: string): boolean {
  return previous === value || (Array.isArray(previous) && previous.includes(value));
}

/**
 * Checks chosen values against the options on offer: each must be offered, and not disabled unless the stored
 * value already held it.
 */
export function checkChosen(values: readonly string[], ctx: CheckContext): Issue[] {
  const offered = ctx.options();
  if (!offered.ok) return [issue('OPTIONS_UNAVAILABLE', { source: offered.source })];
  const refused = values.find((value) => {
    const option = findOption(offered.items, value);
    return option === undefined || (option.disabled === true && !wasStored(ctx.previous, value));
  });
  return refused === undefined ? [] : [issue('OPTION_NOT_ALLOWED', { value: refused })];
}

/** Checks a cascader path: each value a child of the previous one, ending at a leaf when `leafOnly`. */
export function checkPath(path: readonly string[], leafOnly: boolean, ctx: CheckContext): Issue[] {
  const offered = ctx.options();
  if (!offered.ok) return [issue('OPTIONS_UNAVAILABLE', { source: offered.source })];
  let level: readonly OptionItem[] = offered.items;
  let last: OptionItem | undefined;
  for (const value of path) {
    last = findOption(level, value);
    if (last === undefined || (last.disabled === true && !wasStored(ctx.previous, value))) {
      return [issue('OPTION_NOT_ALLOWED', { value })];
    }
    level = last.children ?? [];
  }
  return leafOnly && (last?.children?.length ?? 0) > 0 ? [issue('LEAF_REQUIRED')] : [];
}
