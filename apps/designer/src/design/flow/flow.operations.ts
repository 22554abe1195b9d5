import { gql, type TypedDocumentNode } from '@apollo/client';

/** A deployed version of a definition (`DefinitionVersion`), as the flow designer reads it. */
export interface DeployedDefinition {
  key: string;
  version: number;
  content: string;
  createdAt: string;
}

/** `DefinitionProblem`: `elementId` names the BPMN element. */
export interface DefinitionProblem {
  code: string;
  elementId: string | null;
  message: string;
  path: string;
  severity: string;
}

interface DefinitionInput {
  kind: 'PROCESS';
  key: string;
  content: string;
}

export const PROCESS_DEFINITIONS: TypedDocumentNode<{ definitions: DeployedDefinition[] }, Record<string, never>> = gql`
  query ProcessDefinitions {
    definitions(kind: PROCESS) {
      key
      version
      content
      createdAt
    }
  }
`;

export const PROCESS_DEFINITION: TypedDocumentNode<{ definition: DeployedDefinition }, { key: string }> = gql`
  query ProcessDefinition($key: String!) {
    definition(kind: PROCESS, key: $key) {
      key
      version
      content
      createdAt
    }
  }
`;

/** The forms a flow binds (user tasks) and starts from (the variables its conditions test). */
export const FLOW_FORMS: TypedDocumentNode<
  { definitions: { key: string; content: string }[] },
  Record<string, never>
> = gql`
  query FlowForms {
    definitions(kind: FORM) {
      key
      content
    }
  }
`;

/** Business calendars, for SLA and timers. */
export const FLOW_CALENDARS: TypedDocumentNode<{ definitions: { key: string }[] }, Record<string, never>> = gql`
  query FlowCalendars {
    definitions(kind: CALENDAR) {
      key
    }
  }
`;

/** What the panel offers beside the forms: the assignment strategies (分派策略) and the dictionaries (工单状态). */
export const FLOW_LOOKUPS: TypedDocumentNode<
  { assignments: { key: string; content: string }[]; dictionaries: { key: string }[] },
  Record<string, never>
> = gql`
  query FlowLookups {
    assignments: definitions(kind: ASSIGNMENT) {
      key
      content
    }
    dictionaries: definitions(kind: DICTIONARY) {
      key
    }
  }
`;

export const VALIDATE_PROCESS: TypedDocumentNode<
  { validateDefinition: DefinitionProblem[] },
  { input: DefinitionInput }
> = gql`
  query ValidateProcess($input: DefinitionInput!) {
    validateDefinition(input: $input) {
      code
      elementId
      message
      path
      severity
    }
  }
`;

export const DEPLOY_PROCESS: TypedDocumentNode<
  { deployDefinition: { key: string; version: number; created: boolean | null; createdAt: string; content: string } },
  { input: DefinitionInput }
> = gql`
  mutation DeployProcess($input: DefinitionInput!) {
    deployDefinition(input: $input) {
      key
      version
      created
      createdAt
      content
    }
  }
`;
