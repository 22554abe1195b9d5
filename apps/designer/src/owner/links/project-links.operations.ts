import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DefinitionContent } from '../../forms/form-data.operations';

/** The deployed forms (their content says which start a process and which field holds the project). */
export const LINK_FORMS: TypedDocumentNode<{ definitions: DefinitionContent[] }, Record<string, never>> = gql`
  query ProjectLinkForms {
    definitions(kind: FORM) {
      key
      version
      content
    }
  }
`;
