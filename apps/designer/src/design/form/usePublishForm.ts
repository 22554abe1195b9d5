import { useApolloClient } from '@apollo/client/react';
import type { FormDefinition } from '@anxin/form-engine';
import { useCallback, useState } from 'react';
import { toApiError } from '../../api/to-api-error';
import { DEPLOY_FORM, DESIGN_FORM, VALIDATE_FORM, type DefinitionProblem } from './form-designer.operations';

/** The definition as the API stores it: the draft's JSON, pretty-printed like the files of definitions/. */
export function formContent(form: FormDefinition): string {
  return `${JSON.stringify(form, null, 2)}\n`;
}

export interface PublishForm {
  busy: boolean;
  /** The server's problems of the last validation or refused deployment (`undefined`: not asked). */
  serverProblems: readonly DefinitionProblem[] | undefined;
  clearServerProblems: () => void;
  validate: (form: FormDefinition) => Promise<readonly DefinitionProblem[] | undefined>;
  /** Deploys; the new version number, or `undefined` when the server refused (its problems are kept). */
  publish: (form: FormDefinition) => Promise<{ version: number; created: boolean } | undefined>;
}

/** validateDefinition and deployDefinition for one form; errors other than problems go to the error link's toast. */
export function usePublishForm(): PublishForm {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [serverProblems, setServerProblems] = useState<readonly DefinitionProblem[] | undefined>();

  const validate = useCallback(
    async (form: FormDefinition) => {
      setBusy(true);
      try {
        const { data } = await client.query({
          query: VALIDATE_FORM,
          variables: { input: { kind: 'FORM', key: form.key, content: formContent(form) } },
          fetchPolicy: 'no-cache',
        });
        setServerProblems(data?.validateDefinition ?? []);
        return data?.validateDefinition;
      } catch {
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [client],
  );

  const publish = useCallback(
    async (form: FormDefinition) => {
      setBusy(true);
      try {
        const { data } = await client.mutate({
          mutation: DEPLOY_FORM,
          variables: { input: { kind: 'FORM', key: form.key, content: formContent(form) } },
          refetchQueries: [{ query: DESIGN_FORM, variables: { key: form.key } }],
          awaitRefetchQueries: true,
        });
        if (!data) return undefined;
        setServerProblems(data.deployDefinition.problems ?? []);
        return { version: data.deployDefinition.version, created: data.deployDefinition.created !== false };
      } catch (error) {
        const apiError = toApiError(error);
        if (apiError.code === 'DEFINITION_INVALID') setServerProblems(apiError.problems);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [client],
  );

  const clearServerProblems = useCallback(() => setServerProblems(undefined), []);
  return { busy, serverProblems, clearServerProblems, validate, publish };
}
