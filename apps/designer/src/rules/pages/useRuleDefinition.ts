import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AnxinContext } from '../../api/create-apollo-client';
import type { ApiError } from '../../api/api-error';
import { toApiError } from '../../api/to-api-error';
import { sameJson } from '../builder/same-json';
import type { DefinitionProblem } from '../definition-problem.type';
import {
  DEPLOY_DEFINITION,
  type DeployedDefinition,
  RULE_DEFINITION,
  type RuleDefinitionKind,
  VALIDATE_DEFINITION,
} from './rules.operations';

const VALIDATE_AFTER_MS = 400;

function parse(content: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return undefined;
  }
}

export type PublishOutcome = { ok: true; deployed: DeployedDefinition } | { ok: false; error: ApiError };

/**
 * A rule definition being edited: the latest version loaded, the draft, the problems `validateDefinition` finds in
 * the draft (asked again shortly after each change), and publishing with `deployDefinition`.
 */
export function useRuleDefinition(kind: RuleDefinitionKind, key: string) {
  const client = useApolloClient();
  const loaded = useQuery(RULE_DEFINITION, { variables: { key, kind }, fetchPolicy: 'network-only' });
  const stored = loaded.data?.definition;
  const [draft, setDraft] = useState<unknown>();
  const [version, setVersion] = useState<number>();
  const [problems, setProblems] = useState<DefinitionProblem[]>([]);
  const [validating, setValidating] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const storedValue = useMemo(() => (stored ? parse(stored.content) : undefined), [stored]);

  useEffect(() => {
    if (!stored) return;
    setDraft(storedValue);
    setVersion(stored.version);
  }, [stored, storedValue]);

  // Unchanged content is sent as stored, byte for byte: deploying it is then no new version.
  const content = useMemo(() => {
    if (draft === undefined || !stored) return undefined;
    return sameJson(draft, storedValue) ? stored.content : `${JSON.stringify(draft, null, 2)}\n`;
  }, [draft, stored, storedValue]);

  useEffect(() => {
    if (content === undefined) return;
    let current = true;
    setValidating(true);
    const timer = setTimeout(() => {
      const context: AnxinContext = { quiet: true };
      client
        .query({
          query: VALIDATE_DEFINITION,
          variables: { input: { key, kind, content } },
          fetchPolicy: 'no-cache',
          context,
        })
        .then(({ data }) => current && setProblems(data?.validateDefinition ?? []))
        .catch(
          (error: unknown) =>
            current &&
            setProblems([
              { code: toApiError(error).code, path: '', message: toApiError(error).message, severity: 'error' },
            ]),
        )
        .finally(() => current && setValidating(false));
    }, VALIDATE_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, content, key, kind]);

  const publish = useCallback(async (): Promise<PublishOutcome> => {
    if (content === undefined) return { ok: false, error: toApiError(new Error('nothing to publish')) };
    setPublishing(true);
    try {
      const { data } = await client.mutate({
        mutation: DEPLOY_DEFINITION,
        variables: { input: { key, kind, content } },
      });
      const deployed = data?.deployDefinition;
      if (!deployed) return { ok: false, error: toApiError(new Error('empty answer')) };
      setVersion(deployed.version);
      setProblems(deployed.problems ?? []);
      await loaded.refetch();
      return { ok: true, deployed };
    } catch (cause) {
      const error = toApiError(cause);
      if (error.problems.length > 0) setProblems([...error.problems]);
      return { ok: false, error };
    } finally {
      setPublishing(false);
    }
  }, [client, content, key, kind, loaded]);

  return {
    loading: loaded.loading && !stored,
    error: loaded.error ? toApiError(loaded.error) : undefined,
    draft,
    setDraft,
    version,
    dirty: draft !== undefined && !sameJson(draft, storedValue),
    problems,
    validating,
    publish,
    publishing,
  };
}
