import type { TFunction } from 'i18next';

/**
 * Where a problem is, in words: `/rules/5/then/sla` of a table is "规则 6 (urgent) › sla", `/steps/1` of a strategy
 * "步骤 2"; anything else is its JSON Pointer.
 */
export function problemLocation(path: string, definition: unknown, t: TFunction): string {
  if (path === '') return t('rules.problem.whole');
  const [, area, index, ...rest] = path.split('/');
  const position = Number(index);
  const items = (definition as Record<string, unknown> | undefined)?.[area ?? ''];
  if (!Array.isArray(items) || !Number.isInteger(position)) return path;
  const item = items[position] as { id?: unknown } | undefined;
  const id = typeof item?.id === 'string' ? ` (${item.id})` : '';
  const head = t(`rules.problem.${area}`, { n: position + 1, defaultValue: `${area} ${position + 1}` }) + id;
  const tail = rest.filter((segment) => segment !== 'when' && segment !== 'then');
  return [head, ...tail].join(' › ');
}
