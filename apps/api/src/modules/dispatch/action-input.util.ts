import type { JsonObject } from '@anxin/rules';
import { ActionFailure } from '../../engine-worker/action-failure.error';

/** A string list from an action input: one string or an array of strings; anything else is the task's fault. */
export function namesIn(input: JsonObject, key: string): string[] {
  const value = input[key];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((item): item is string => typeof item === 'string' && item !== ''))
    throw new ActionFailure('INPUT_INVALID', `input.${key} must be a name or a list of names`);
  return list;
}

export function textIn(input: JsonObject, key: string, required = false): string | undefined {
  const value = input[key];
  if (value === undefined || value === null || value === '') {
    if (required) throw new ActionFailure('INPUT_INVALID', `input.${key} is required`);
    return undefined;
  }
  if (typeof value !== 'string') throw new ActionFailure('INPUT_INVALID', `input.${key} must be text`);
  return value;
}
