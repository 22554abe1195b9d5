import type { FormDefinition } from '@anxin/form-engine';

/** The form of a task (`TaskDetail.form`, JSON) or a definition's content (a JSON string). */
export function parseForm(raw: unknown): FormDefinition | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string') {
    try {
      return JSON.parse(raw) as FormDefinition;
    } catch {
      return undefined;
    }
  }
  return typeof raw === 'object' ? (raw as FormDefinition) : undefined;
}

/** A form with no fields, for steps without one (the hooks still run). */
export const EMPTY_FORM: FormDefinition = { key: 'none', title: '', fields: [] };
