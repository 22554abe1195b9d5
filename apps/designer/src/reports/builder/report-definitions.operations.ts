import { gql, type TypedDocumentNode } from '@apollo/client';

/** `DefinitionProblem` of schema.gql. */
export interface DefinitionProblem {
  code: string;
  path: string;
  message: string;
  severity: string;
}

interface DefinitionVersion {
  key: string;
  version: number;
  content: string;
}

/** Every deployed dataset (latest versions), with its JSON content: what a report may be built on. */
export const DATASETS: TypedDocumentNode<{ definitions: DefinitionVersion[] }, Record<string, never>> = gql`
  query ReportDatasets {
    definitions(kind: DATASET) { key version content }
  }
`;

export const REPORT_DEFINITION: TypedDocumentNode<{ definition: DefinitionVersion }, { key: string }> = gql`
  query ReportDefinition($key: String!) {
    definition(key: $key, kind: REPORT) { key version content }
  }
`;

export const VALIDATE_REPORT: TypedDocumentNode<
  { validateDefinition: DefinitionProblem[] },
  { key: string; content: string }
> = gql`
  query ValidateReport($key: String!, $content: String!) {
    validateDefinition(input: { kind: REPORT, key: $key, content: $content }) { code path message severity }
  }
`;

export const DEPLOY_REPORT: TypedDocumentNode<
  { deployDefinition: { key: string; version: number; created: boolean | null; problems: DefinitionProblem[] | null } },
  { key: string; content: string }
> = gql`
  mutation DeployReport($key: String!, $content: String!) {
    deployDefinition(input: { kind: REPORT, key: $key, content: $content }) {
      key version created problems { code path message severity }
    }
  }
`;
