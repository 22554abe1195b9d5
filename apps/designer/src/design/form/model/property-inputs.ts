/** How the properties panel edits a type's own property, read from its description in `listFieldTypes`. */
export type PropertyInput =
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'list' }
  | { kind: 'json' }
  | { kind: 'text' };

// Properties with their own editor in the panel (options, the option source) or not edited there (an option filter
// reads `$option`, which the rule builder does not offer).
export const OWN_EDITORS: ReadonlySet<string> = new Set(['options', 'optionsFrom', 'optionFilter']);

/** The input for a property described as `doc` ("an integer from 0 to 1000", "one of "mobile", "any"", ...). */
export function propertyInput(doc: string): PropertyInput {
  if (doc.startsWith('an integer')) return { kind: 'number', integer: true };
  if (doc.startsWith('a number')) return { kind: 'number', integer: false };
  if (doc === 'true or false') return { kind: 'boolean' };
  if (doc.startsWith('one of ')) return { kind: 'choice', values: [...doc.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) };
  if (doc.includes('list of texts')) return { kind: 'list' };
  if (doc.startsWith('a list of') || doc.startsWith('{') || doc.includes('JSONLogic')) return { kind: 'json' };
  return { kind: 'text' };
}
