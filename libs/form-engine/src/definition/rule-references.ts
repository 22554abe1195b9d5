/** Operations whose second argument runs once per element, with the element (not the form) as its data. */
const ELEMENT_SCOPED: ReadonlySet<string> = new Set([
  'map',
  'filter',
  'all',
  'some',
  'none',
  'reduce',
  'sum_by',
  'count_where',
]);

function isOperation(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;
}

function argumentsOf(node: Record<string, unknown>): { op: string; args: unknown[] } {
  const [op = ''] = Object.keys(node);
  const raw = node[op];
  return { op, args: Array.isArray(raw) ? raw : [raw] };
}

function collect(node: unknown, found: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((item) => collect(item, found));
    return;
  }
  if (!isOperation(node)) return;
  const { op, args } = argumentsOf(node);
  if (op === 'var') {
    const [path, ...rest] = args;
    if (typeof path === 'string' || typeof path === 'number') found.push(String(path));
    else collect(path, found);
    rest.forEach((arg) => collect(arg, found));
    return;
  }
  if (op === 'missing' || op === 'missing_some') {
    const keys = op === 'missing' ? args : args.slice(1);
    keys.flat().forEach((key) => (typeof key === 'string' ? found.push(key) : collect(key, found)));
    return;
  }
  args.forEach((arg, i) => {
    if (!(ELEMENT_SCOPED.has(op) && i === 1)) collect(arg, found);
  });
}

/**
 * The variable paths a rule reads from its data (`"category"`, `"$row.quantity"`, `"materials.0.cost"`), not
 * counting paths inside `map`, `filter`, `reduce`, `sum_by`… where the data is one element. Computed paths are
 * not known statically (`checkRule` reports them).
 */
export function ruleReferences(rule: unknown): string[] {
  const found: string[] = [];
  collect(rule, found);
  return found;
}

/** The first segment of a path (`"unit.building"` → `"unit"`). */
export function headOf(path: string): string {
  const dot = path.indexOf('.');
  return dot < 0 ? path : path.slice(0, dot);
}

/** The column a `$row.<column>…` path reads, if it is one. */
export function rowColumnOf(path: string): string | undefined {
  if (!path.startsWith('$row.')) return undefined;
  return headOf(path.slice('$row.'.length));
}

/** True when a JSON value holds an operation anywhere (so it is logic, not a literal). */
export function containsOperation(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsOperation);
  return isOperation(value);
}
