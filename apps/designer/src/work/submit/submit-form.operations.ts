import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DefinitionContent } from '../../forms/form-data.operations';

export interface Submission {
  id: string;
  formKey: string;
  formVersion: number;
  processInstanceId: string | null;
  ticketNumber: string | null;
}

export const SUBMIT_FORM: TypedDocumentNode<
  { submitForm: Submission },
  { input: { formKey: string; data: unknown; requestId: string } }
> = gql`
  mutation SubmitForm($input: SubmitFormInput!) {
    submitForm(input: $input) {
      id
      formKey
      formVersion
      processInstanceId
      ticketNumber
    }
  }
`;

/** The deployed forms, for the list of those that start a process. */
export const START_FORMS: TypedDocumentNode<{ definitions: DefinitionContent[] }, Record<string, never>> = gql`
  query StartForms {
    definitions(kind: FORM) {
      key
      version
      content
    }
  }
`;
