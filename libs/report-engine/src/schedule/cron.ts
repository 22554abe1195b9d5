/** One field of a five-field cron: its range and the names it accepts. */
interface CronField {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const FIELDS: readonly CronField[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  },
  // 0 and 7 are both Sunday.
  { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
];

function atom(text: string, field: CronField): number | undefined {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= field.min && n <= field.max ? n : undefined;
  }
  const named = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named < 0) return undefined;
  return field.name === 'month' ? named + 1 : named;
}

/** `*`, `a`, `a-b`, each optionally `/step`. */
function part(text: string, field: CronField): boolean {
  const [range = '', step, extra] = text.split('/');
  if (extra !== undefined) return false;
  if (step !== undefined && !(/^\d+$/.test(step) && Number(step) >= 1 && Number(step) <= field.max)) return false;
  if (range === '*') return true;
  const [from = '', to, more] = range.split('-');
  if (more !== undefined) return false;
  const low = atom(from, field);
  if (low === undefined) return false;
  if (to === undefined) return step === undefined;
  const high = atom(to, field);
  return high !== undefined && high >= low;
}

/**
 * Checks a standard five-field cron (`minute hour day-of-month month day-of-week`): lists, ranges, steps, `*`,
 * month and weekday names. Returns why it is invalid, or undefined. (A small parser: cron-parser's package entry
 * also loads its file reader, which a pure library must not import.)
 */
export function cronProblem(expression: string): string | undefined {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) return `A cron has five fields (minute hour day month weekday), not ${fields.length}.`;
  for (const [i, field] of FIELDS.entries()) {
    const text = fields[i] ?? '';
    if (!text.split(',').every((p) => part(p, field))) return `The ${field.name} field "${text}" is not valid.`;
  }
  return undefined;
}
