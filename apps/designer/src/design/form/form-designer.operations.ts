import { gql, type TypedDocumentNode } from '@apollo/client';

// Typed by hand from apps/api/schema.gql (ADR 0007).

export interface FormDefinitionRow {
  key: string;
  version: number;
  content: string;
  createdAt: string;
}

export interface DefinitionProblem {
  code: string;
  path: string;
  message: string;
  severity: string;
}

export interface DefinitionInput {
  kind: 'FORM';
  key: string;
  content: string;
}

export const DESIGN_FORMS: TypedDocumentNode<{ definitions: FormDefinitionRow[] }, Record<string, never>> = gql`
  query DesignForms {
    definitions(kind: FORM) {
      key
      version
      content
      createdAt
    }
  }
`;

export const DESIGN_FORM: TypedDocumentNode<{ definition: FormDefinitionRow }, { key: string }> = gql`
  query DesignForm($key: String!) {
    definition(kind: FORM, key: $key) {
      key
      version
      content
      createdAt
    }
  }
`;

export const VALIDATE_FORM: TypedDocumentNode<{ validateDefinition: DefinitionProblem[] }, { input: DefinitionInput }> =
  gql`
    query ValidateForm($input: DefinitionInput!) {
      validateDefinition(input: $input) {
        code
        path
        message
        severity
      }
    }
  `;

export const DEPLOY_FORM: TypedDocumentNode<
  { deployDefinition: { key: string; version: number; created: boolean | null; problems: DefinitionProblem[] | null } },
  { input: DefinitionInput }
> = gql`
  mutation DeployForm($input: DefinitionInput!) {
    deployDefinition(input: $input) {
      key
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
