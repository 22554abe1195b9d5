import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { Dictionary, FormDefinition } from '@anxin/form-engine';
import { useMemo } from 'react';
import { DICTIONARIES, PICKER_PROJECTS, type DefinitionContent } from '../../forms/form-data.operations';
import { parseForm, parseJson } from '../../forms/parse-form';
import { useLocale } from '../../i18n/useLocale';
import { startFormOf, ticketValueLabel, type LabelSources } from './ticket-value-label';

const FORMS: TypedDocumentNode<{ definitions: DefinitionContent[] }, Record<string, never>> = gql`
  query TicketForms {
    definitions(kind: FORM) {
      key
      version
      content
    }
  }
`;

/** Labels for a ticket's coded fields in the UI language, from the definitions (no code names a field). */
export function useTicketLabels(processKey: string | undefined): (field: string, value: string) => string {
  const locale = useLocale();
  const forms = useQuery(FORMS, { skip: !processKey });
  const dictionaries = useQuery(DICTIONARIES, { skip: !processKey });
  const projects = useQuery(PICKER_PROJECTS, { skip: !processKey });
  const sources = useMemo((): LabelSources => {
    const parsed = (forms.data?.definitions ?? []).flatMap((row): FormDefinition[] => {
      const form = parseForm(row.content);
      return form ? [form] : [];
    });
    const dictionaryMap: Record<string, Dictionary> = {};
    for (const row of dictionaries.data?.definitions ?? []) {
      const dictionary = parseJson<Dictionary>(row.content);
      if (dictionary) dictionaryMap[row.key] = dictionary;
    }
    return {
      startForm: processKey ? startFormOf(parsed, processKey) : undefined,
      dictionaries: dictionaryMap,
      projects: projects.data?.projects ?? [],
    };
  }, [forms.data, dictionaries.data, projects.data, processKey]);
  return (field, value) => ticketValueLabel(field, value, sources, locale);
}
