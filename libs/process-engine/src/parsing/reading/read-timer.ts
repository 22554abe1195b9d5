import type { TimerDefinition, TimerKind } from '../../model/process-model.type';
import { bodyOf, childOf, trimmedOf } from '../moddle-element';
import type { DefinitionInput } from './read-event-trigger';
import { isIsoCycle, isIsoDateTime, isIsoDuration } from './iso8601.util';
import { report, type ReadContext } from './read-context';
import { readRuleText } from './read-rule-text';

/** The BPMN property holding each kind of timer, and what a literal of that kind must look like. */
export const TIMER_PROPERTIES: Readonly<Record<TimerKind, string>> = {
  duration: 'timeDuration',
  date: 'timeDate',
  cycle: 'timeCycle',
};

const TIMER_FORMATS: Readonly<Record<TimerKind, { readonly valid: (text: string) => boolean; readonly hint: string }>> =
  {
    duration: { valid: isIsoDuration, hint: 'an ISO 8601 duration such as PT4H or P1DT2H' },
    date: { valid: isIsoDateTime, hint: 'an ISO 8601 date-time with offset such as 2026-01-01T09:00:00+08:00' },
    cycle: { valid: isIsoCycle, hint: 'a repetition such as R3/PT1H or R/P1D' },
  };

export interface TimerValueInput {
  readonly kind: TimerKind;
  readonly text: string | undefined;
  readonly calendar: string | undefined;
  readonly elementId: string;
  readonly path: string;
}

/** A timer value: a JSONLogic rule when the text starts with `{`, else an ISO 8601 literal that must be valid. */
export function readTimerValue(input: TimerValueInput, ctx: ReadContext): TimerDefinition {
  const { kind, calendar, elementId, path } = input;
  const text = input.text?.trim() ?? '';
  const base = calendar === undefined ? { kind } : { kind, calendar };
  if (text.startsWith('{')) {
    const rule = readRuleText({ text, elementId, path, what: `The timer rule` }, ctx);
    return { ...base, value: rule === undefined ? { kind: 'literal', value: text } : { kind: 'rule', rule } };
  }
  const format = TIMER_FORMATS[kind];
  if (!format.valid(text)) {
    const message = `Timer value "${text}" is invalid; write ${format.hint}, or a JSONLogic rule returning one.`;
    report(ctx, { code: 'timer.invalid', elementId, path, message });
  }
  return { ...base, value: { kind: 'literal', value: text } };
}

/** Reads `<bpmn:timerEventDefinition anxin:calendar>` with one of timeDuration, timeDate, timeCycle. */
export function readTimer({ definition, elementId }: DefinitionInput, ctx: ReadContext): TimerDefinition {
  const calendar = trimmedOf(definition, 'calendar');
  const kinds = (Object.keys(TIMER_PROPERTIES) as TimerKind[]).filter(
    (kind) => childOf(definition, TIMER_PROPERTIES[kind]) !== undefined,
  );
  const [kind] = kinds;
  if (kind === undefined || kinds.length > 1) {
    const message = 'A timer needs exactly one of timeDuration, timeDate or timeCycle.';
    report(ctx, { code: 'timer.invalid', elementId, path: 'timerEventDefinition', message });
  }
  if (kind === undefined) {
    const empty: TimerDefinition = { kind: 'duration', value: { kind: 'literal', value: '' } };
    return calendar === undefined ? empty : { ...empty, calendar };
  }
  const property = TIMER_PROPERTIES[kind];
  const text = bodyOf(childOf(definition, property));
  return readTimerValue({ kind, text, calendar, elementId, path: `timerEventDefinition/${property}` }, ctx);
}
