/**
 * The slice of a bpmn-moddle element the reader relies on. Moddle elements are dynamic objects, so every property
 * read goes through these helpers and is checked at runtime; nothing else in the library touches moddle.
 */
export interface ModdleElement {
  readonly $type: string;
  readonly $parent?: ModdleElement;
  /** Attributes moddle did not map to a property (unknown or foreign-namespace attributes). */
  readonly $attrs?: Readonly<Record<string, unknown>>;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  $instanceOf(type: string): boolean;
}

export function isModdleElement(value: unknown): value is ModdleElement {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof ModdleElement, unknown>>;
  return typeof candidate.$type === 'string' && typeof candidate.get === 'function';
}

/** `el` is `type` or a subtype of it (`bpmn:Activity` matches a user task). */
export function isA(el: ModdleElement, type: string): boolean {
  return typeof el.$instanceOf === 'function' && el.$instanceOf(type);
}

/** A string property; `undefined` when absent or not a string. */
export function textOf(el: ModdleElement, name: string): string | undefined {
  const value = el.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** A string property trimmed; `undefined` when absent or blank. */
export function trimmedOf(el: ModdleElement, name: string): string | undefined {
  const value = textOf(el, name)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function idOf(el: ModdleElement): string | undefined {
  return textOf(el, 'id');
}

export function flagOf(el: ModdleElement, name: string): boolean | undefined {
  const value = el.get(name);
  return typeof value === 'boolean' ? value : undefined;
}

/** A single-valued element property or reference. */
export function childOf(el: ModdleElement, name: string): ModdleElement | undefined {
  const value = el.get(name);
  return isModdleElement(value) ? value : undefined;
}

/** A many-valued element property or reference list (empty when absent). */
export function childrenOf(el: ModdleElement, name: string): ModdleElement[] {
  const value = el.get(name);
  return Array.isArray(value) ? value.filter(isModdleElement) : [];
}

/** The ids of the referenced elements. */
export function idsOf(elements: readonly ModdleElement[]): string[] {
  return elements.map(idOf).filter((id): id is string => id !== undefined);
}

/** The `<bpmn:extensionElements>` children of one moddle type (`anxin:Input` for `<anxin:input>`). */
export function extensionsOf(el: ModdleElement, type: string): ModdleElement[] {
  const container = childOf(el, 'extensionElements');
  return container === undefined ? [] : childrenOf(container, 'values').filter((value) => value.$type === type);
}

/** The body text of an expression element (`<bpmn:timeDuration>PT4H</…>`), trimmed; `undefined` when blank. */
export function bodyOf(el: ModdleElement | undefined): string | undefined {
  return el === undefined ? undefined : trimmedOf(el, 'body');
}
