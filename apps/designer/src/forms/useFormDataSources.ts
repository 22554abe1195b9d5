import { useQuery } from '@apollo/client/react';
import type { DataSourceName, Dictionary, FormDefinition, OptionItem } from '@anxin/form-engine';
import { useMemo } from 'react';
import { dataSourcesOf } from './data-sources-of';
import { parseJson } from './parse-form';
import { DICTIONARIES, PICKER_PROJECTS, PICKER_TEAMS, PICKER_USERS } from './form-data.operations';

export interface FormHostData {
  loading: boolean;
  dictionaries: Record<string, Dictionary>;
  dataSources: Partial<Record<DataSourceName, readonly OptionItem[]>>;
}

function parseDictionaries(rows: readonly { key: string; content: string }[] | undefined): Record<string, Dictionary> {
  const dictionaries: Record<string, Dictionary> = {};
  for (const row of rows ?? []) {
    const dictionary = parseJson<Dictionary>(row.content);
    if (dictionary) dictionaries[row.key] = dictionary;
  }
  return dictionaries;
}

/**
 * Dictionaries and data sources for a form, from the API's pickers: `projects`, `teams` and `users` (staff).
 * Buildings and units depend on what is chosen: `usePlaceSources` adds them (see `usePlacedFormModel`). The org
 * model has no rooms: a `rooms` source stays absent, its field offers nothing and the server checks it.
 */
export function useFormDataSources(form: FormDefinition | undefined, staff: boolean): FormHostData {
  const wanted = form ? dataSourcesOf(form) : new Set<DataSourceName>();
  const dictionaries = useQuery(DICTIONARIES, { skip: !form });
  const projects = useQuery(PICKER_PROJECTS, { skip: !wanted.has('projects') });
  const teams = useQuery(PICKER_TEAMS, { skip: !staff || !wanted.has('teams') });
  const users = useQuery(PICKER_USERS, { skip: !staff || !wanted.has('users'), variables: { limit: 200 } });

  const dictionaryRows = dictionaries.data?.definitions;
  const parsed = useMemo(() => parseDictionaries(dictionaryRows), [dictionaryRows]);
  const projectRows = projects.data?.projects;
  const teamRows = teams.data?.teams;
  const userRows = users.data?.users.items;
  const dataSources = useMemo(() => {
    const sources: Partial<Record<DataSourceName, readonly OptionItem[]>> = {};
    if (projectRows) sources.projects = projectRows.map((p) => ({ value: p.id, label: p.name }));
    if (teamRows) {
      sources.teams = teamRows.map((team): OptionItem => ({
        value: team.id,
        label: team.name,
        ...(team.projectId ? { attributes: { projectId: team.projectId } } : {}),
      }));
    }
    if (userRows) sources.users = userRows.map((user) => ({ value: user.id, label: user.displayName }));
    return sources;
  }, [projectRows, teamRows, userRows]);

  return {
    // Only the first load: a refetch keeps the form (and what the user typed) in place.
    loading: [dictionaries, projects, teams, users].some((query) => query.loading && !query.data),
    dictionaries: parsed,
    dataSources,
  };
}
