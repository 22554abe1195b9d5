import { useQuery } from '@apollo/client/react';
import type { Dictionary, FormDefinition } from '@anxin/form-engine';
import { useMemo } from 'react';
import { DICTIONARIES, PICKER_PROJECTS } from '../../forms/form-data.operations';
import { parseForm, parseJson } from '../../forms/parse-form';
import { useLocale } from '../../i18n/useLocale';
import { TICKET_FORMS } from './ticket.operations';
import { startFormFirst, ticketFieldRow, type FieldRow, type LabelSources } from './ticket-value-label';

/** The ticket's projected fields named and shown as the forms define them (no code names a field). */
export function useTicketFieldRows(processKey: string, fields: Readonly<Record<string, unknown>>): FieldRow[] {
  const locale = useLocale();
  const forms = useQuery(TICKET_FORMS);
  const dictionaries = useQuery(DICTIONARIES);
  const projects = useQuery(PICKER_PROJECTS);
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
      forms: startFormFirst(parsed, processKey),
      dictionaries: dictionaryMap,
      projects: projects.data?.projects ?? [],
    };
  }, [forms.data, dictionaries.data, projects.data, processKey]);
  return Object.entries(fields).flatMap(([key, value]) => {
    const row = ticketFieldRow(key, value, sources, locale);
    return row ? [row] : [];
  });
}
