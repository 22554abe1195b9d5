import { gql, type TypedDocumentNode } from '@apollo/client';

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
