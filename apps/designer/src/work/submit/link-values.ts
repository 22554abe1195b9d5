import type { FormDefinition } from '@anxin/form-engine';
import type { JsonObject } from '@anxin/rules';

/** Top-level text values a link may carry: select fields (the location pickers) and text fields. */
const LINKABLE: ReadonlySet<string> = new Set(['select', 'radio', 'text']);

/** The query parameters naming a linkable field of the form; anything else in the link is ignored. */
export function linkValues(form: FormDefinition, search: URLSearchParams): JsonObject {
  const values: JsonObject = {};
  for (const field of form.fields) {
    if (!LINKABLE.has(field.type)) continue;
    const value = search.get(field.key);
    if (value) values[field.key] = value;
  }
  return values;
}
