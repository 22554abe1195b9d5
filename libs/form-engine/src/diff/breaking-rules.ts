import type { FieldDefinition } from '../model/form-definition.type';
import type { BreakingChange } from './diff.type';

type Loose = Readonly<Record<string, unknown>>;

/** Lower bounds that may only go down, upper bounds that may only go up, without breaking stored data. */
const LOWER = ['minLength', 'min', 'minItems', 'minCount', 'minRows'] as const;
const UPPER = ['maxLength', 'max', 'decimals', 'maxItems', 'maxCount', 'maxSizeBytes', 'maxRows'] as const;

function isRequiredInput(field: Loose): boolean {
  const required = field.required !== undefined && field.required !== false;
  const filled = field.default !== undefined || field.computed !== undefined || field.readOnly === true;
  return required && !filled;
}

function optionValues(options: unknown, into = new Set<string>()): Set<string> {
  if (!Array.isArray(options)) return into;
  for (const option of options as Loose[]) {
    if (typeof option.value === 'string') into.add(option.value);
    optionValues(option.children, into);
  }
  return into;
}

function tighter(before: unknown, after: unknown, lower: boolean): boolean {
  if (after === undefined) return false;
  if (before === undefined) return true;
  if (typeof before !== typeof after) return true;
  return lower ? (after as number) > (before as number) : (after as number) < (before as number);
}

/** A field added to a published form breaks old clients when it must be filled and nothing fills it. */
export function addedBreaks(path: string, field: FieldDefinition): BreakingChange[] {
  if (!isRequiredInput(field as unknown as Loose)) return [];
  return [{ code: 'REQUIRED_ADDED', path, message: `New required field "${path}" without a default.` }];
}

/** Breaking changes between two versions of one field. */
export function changedBreaks(path: string, before: FieldDefinition, after: FieldDefinition): BreakingChange[] {
  const a = before as unknown as Loose;
  const b = after as unknown as Loose;
  if (a.type !== b.type) {
    return [{ code: 'TYPE_CHANGED', path, message: `"${path}" changes from ${String(a.type)} to ${String(b.type)}.` }];
  }
  const found: BreakingChange[] = [];
  if (!isRequiredInput(a) && isRequiredInput(b)) {
    found.push({ code: 'REQUIRED_ADDED', path, message: `"${path}" becomes required without a default.` });
  }
  const kept = optionValues(b.options);
  const removed = [...optionValues(a.options)].filter((value) => !kept.has(value));
  if (removed.length > 0 && b.options !== undefined) {
    found.push({ code: 'OPTION_REMOVED', path, message: `"${path}" no longer offers ${removed.join(', ')}.` });
  }
  const tightened = [
    ...LOWER.filter((name) => tighter(a[name], b[name], true)),
    ...UPPER.filter((name) => tighter(a[name], b[name], false)),
    ...(b.pattern !== undefined && b.pattern !== a.pattern ? ['pattern'] : []),
  ];
  if (tightened.length > 0) {
    found.push({ code: 'CONSTRAINT_TIGHTENED', path, message: `"${path}" tightens ${tightened.join(', ')}.` });
  }
  return found;
}
