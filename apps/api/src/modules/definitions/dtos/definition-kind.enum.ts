import { registerEnumType } from '@nestjs/graphql';
import type { DefinitionKind } from '@anxin/persistence';

/**
 * THE mapping between the kinds as stored (`form`, `decision`…) and as GraphQL shows them (FORM, DECISION_TABLE…).
 * The compiler insists every stored kind has a name; resolvers and services only ever see the stored names.
 */
export const GRAPHQL_NAME_BY_KIND = {
  form: 'FORM',
  process: 'PROCESS',
  decision: 'DECISION_TABLE',
  assignment: 'ASSIGNMENT',
  calendar: 'CALENDAR',
  dictionary: 'DICTIONARY',
  report: 'REPORT',
  dashboard: 'DASHBOARD',
  dataset: 'DATASET',
} as const satisfies Record<DefinitionKind, string>;

/** The GraphQL enum `DefinitionKind`: name → stored kind. */
export const DefinitionKindEnum: Readonly<Record<string, DefinitionKind>> = Object.fromEntries(
  Object.entries(GRAPHQL_NAME_BY_KIND).map(([kind, name]) => [name, kind as DefinitionKind]),
);

registerEnumType(DefinitionKindEnum, {
  name: 'DefinitionKind',
  description:
    'FORM (表单), PROCESS (BPMN), DECISION_TABLE, ASSIGNMENT (dispatch strategy), CALENDAR (business calendar), DICTIONARY (options for forms), REPORT, DASHBOARD, DATASET.',
});
