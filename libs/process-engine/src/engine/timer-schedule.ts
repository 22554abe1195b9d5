import { addWorkingTime, type JsonObject } from '@anxin/rules';
import { DateTime, Duration } from 'luxon';
import type { TimerDefinition } from '../model/process-model.type';
import type { TimerState } from '../state/instance-state.type';
import { resolveSource } from './scope-data';
import { emit, refuse, type StepContext } from './step-context';

const ZONE = 'Asia/Shanghai';
const CYCLE = /^R(\d*)\/(P.+)$/;

interface Due {
  readonly dueAt: number;
  readonly repeatsLeft?: number;
  readonly interval?: string;
}

/** Adds an ISO 8601 duration to an instant, in working time when the timer names a calendar. */
export function addDuration(
  ctx: StepContext,
  from: number,
  duration: string,
  calendarName: string | undefined,
): number {
  if (calendarName) {
    const calendar = ctx.env.calendar?.(calendarName);
    if (!calendar) return refuse('rule.failed', 'timer', `unknown business calendar "${calendarName}"`);
    const result = addWorkingTime(from, duration, calendar);
    if (!result.ok) return refuse('rule.failed', 'timer', result.problems[0]?.message ?? 'invalid working time');
    return Date.parse(result.value);
  }
  const parsed = Duration.fromISO(duration);
  if (!parsed.isValid) return refuse('rule.failed', 'timer', `"${duration}" is not an ISO 8601 duration`);
  return DateTime.fromMillis(from, { zone: ZONE }).plus(parsed).toMillis();
}

/** When a timer definition fires first, read at this step's instant; rules see the token's data. */
export function firstDue(ctx: StepContext, definition: TimerDefinition, data: JsonObject): Due {
  const value = resolveSource(ctx, definition.value, data, 'timer');
  if (typeof value !== 'string') return refuse('rule.failed', 'timer', 'a timer rule must return an ISO 8601 string');
  switch (definition.kind) {
    case 'duration':
      return { dueAt: addDuration(ctx, ctx.now, value, definition.calendar) };
    case 'date': {
      const at = Date.parse(value);
      if (!Number.isFinite(at)) return refuse('rule.failed', 'timer', `"${value}" is not an ISO 8601 date`);
      return { dueAt: at };
    }
    case 'cycle': {
      const match = CYCLE.exec(value);
      if (!match?.[2]) return refuse('rule.failed', 'timer', `"${value}" is not a cycle like R3/PT1H`);
      const repeats = match[1] ? Number(match[1]) : undefined;
      return {
        dueAt: addDuration(ctx, ctx.now, match[2], definition.calendar),
        interval: match[2],
        ...(repeats === undefined ? {} : { repeatsLeft: repeats - 1 }),
      };
    }
  }
}

export function scheduleTimer(
  ctx: StepContext,
  fields: { tokenId: string; elementId: string; purpose: TimerState['purpose']; due: Due; calendar?: string },
): TimerState {
  const { due } = fields;
  const timer: TimerState = {
    id: ctx.env.newId('timer'),
    tokenId: fields.tokenId,
    elementId: fields.elementId,
    purpose: fields.purpose,
    dueAt: new Date(due.dueAt).toISOString(),
    ...(due.repeatsLeft === undefined ? {} : { repeatsLeft: due.repeatsLeft }),
    ...(due.interval ? { interval: due.interval } : {}),
    ...(fields.calendar ? { calendar: fields.calendar } : {}),
  };
  ctx.state.timers[timer.id] = timer;
  emit(ctx, { type: 'TimerScheduled', timerId: timer.id, dueAt: timer.dueAt });
  return timer;
}

/** The next firing of a cycle timer, or nothing when its repetitions are used up. */
export function nextCycle(ctx: StepContext, timer: TimerState): Due | undefined {
  if (!timer.interval || timer.repeatsLeft === 0) return undefined;
  return {
    dueAt: addDuration(ctx, Date.parse(timer.dueAt), timer.interval, timer.calendar),
    interval: timer.interval,
    ...(timer.repeatsLeft === undefined ? {} : { repeatsLeft: timer.repeatsLeft - 1 }),
  };
}
