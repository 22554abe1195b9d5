import type { FormDefinition } from '@anxin/form-engine';
import { keysOf } from './form-edits';

// The form engine's rule for keys (definitions/schemas/form.schema.json): rules read fields by these names.
const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const RESERVED: ReadonlySet<string> = new Set(['constructor', 'prototype']);

export type KeyProblem = 'empty' | 'malformed' | 'reserved' | 'duplicate';

/** Why `candidate` cannot be the key of the field now keyed `current` (`undefined`: it can). */
export function fieldKeyProblem(form: FormDefinition, current: string, candidate: string): KeyProblem | undefined {
  if (candidate === '') return 'empty';
  if (!KEY_PATTERN.test(candidate)) return 'malformed';
  if (RESERVED.has(candidate)) return 'reserved';
  if (candidate !== current && keysOf(form).has(candidate)) return 'duplicate';
  return undefined;
}

/** A free key for a new field of this type: its name in camelCase and the first free number (`idCard1`). */
export function freeKey(form: FormDefinition, type: string): string {
  const base = type
    .replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase())
    .replace(/[^A-Za-z0-9_]/g, '');
  const taken = keysOf(form);
  for (let n = 1; ; n += 1) {
    const candidate = `${base}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
