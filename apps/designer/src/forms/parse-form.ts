import type { FormDefinition } from '@anxin/form-engine';

/** A definition's JSON content; `undefined` when it is not JSON (the server never stores such content). */
export function parseJson<T>(content: string): T | undefined {
  try {
    return JSON.parse(content) as T;
  } catch {
    return undefined;
  }
}

/** The form of a task (`TaskDetail.form`, JSON) or a definition's content (a JSON string). */
export function parseForm(raw: unknown): FormDefinition | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string') return parseJson<FormDefinition>(raw);
  return typeof raw === 'object' ? (raw as FormDefinition) : undefined;
}

/** A form with no fields, for steps without one (the hooks still run). */
export const EMPTY_FORM: FormDefinition = { key: 'none', title: '', fields: [] };
