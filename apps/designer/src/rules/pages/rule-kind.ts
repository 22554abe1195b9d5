import type { RuleDefinitionKind } from './rules.operations';

// The kinds in URLs are kebab-case (`/design/rules/decision-table/<key>`), in GraphQL the enum.

const BY_SLUG: Readonly<Record<string, RuleDefinitionKind>> = {
  'decision-table': 'DECISION_TABLE',
  assignment: 'ASSIGNMENT',
};

export function kindOfSlug(slug: string | undefined): RuleDefinitionKind | undefined {
  return slug === undefined ? undefined : BY_SLUG[slug];
}

export function slugOfKind(kind: RuleDefinitionKind): string {
  return kind === 'DECISION_TABLE' ? 'decision-table' : 'assignment';
}

/** The page of a rule definition. */
export function rulePath(kind: RuleDefinitionKind, key: string): string {
  return `/design/rules/${slugOfKind(kind)}/${encodeURIComponent(key)}`;
}
