import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DefinitionProblem } from '../definition-problem.type';

// Typed by hand from apps/api/schema.gql (ADR 0007).

export type RuleDefinitionKind = 'DECISION_TABLE' | 'ASSIGNMENT';

export interface RuleDefinitionRow {
  key: string;
  kind: RuleDefinitionKind;
  version: number;
  content: string;
  createdAt: string;
}

export const RULE_DEFINITIONS: TypedDocumentNode<
  { tables: RuleDefinitionRow[]; assignments: RuleDefinitionRow[] },
  Record<string, never>
> = gql`
  query RuleDefinitions {
    tables: definitions(kind: DECISION_TABLE) {
      key
      kind
      version
      content
      createdAt
    }
    assignments: definitions(kind: ASSIGNMENT) {
      key
      kind
      version
      content
      createdAt
    }
  }
`;

export const RULE_DEFINITION: TypedDocumentNode<
  { definition: RuleDefinitionRow },
  { key: string; kind: RuleDefinitionKind }
> = gql`
  query RuleDefinition($key: String!, $kind: DefinitionKind!) {
    definition(key: $key, kind: $kind) {
      key
      kind
      version
      content
      createdAt
    }
  }
`;

export interface DefinitionInput {
  key: string;
  kind: RuleDefinitionKind;
  content: string;
}

export const VALIDATE_DEFINITION: TypedDocumentNode<
  { validateDefinition: DefinitionProblem[] },
  { input: DefinitionInput }
> = gql`
  query ValidateRuleDefinition($input: DefinitionInput!) {
    validateDefinition(input: $input) {
      code
      path
      message
      severity
    }
  }
`;

export interface DeployedDefinition {
  key: string;
  kind: RuleDefinitionKind;
  version: number;
  created: boolean | null;
  problems: DefinitionProblem[] | null;
}

export const DEPLOY_DEFINITION: TypedDocumentNode<
  { deployDefinition: DeployedDefinition },
  { input: DefinitionInput }
> = gql`
  mutation DeployRuleDefinition($input: DefinitionInput!) {
    deployDefinition(input: $input) {
      key
      kind
      version
      created
      problems {
        code
        path
        message
        severity
      }
    }
  }
`;
