import type { DataSourceName, FormDefinition, LocalizedText } from '@anxin/form-engine';
import { parseForm } from '../../forms/parse-form';

/** A form a project's link opens, and the field the link fills with the project. */
export interface LinkForm {
  key: string;
  title: LocalizedText | undefined;
  projectField: string;
}

function projectFieldOf(form: FormDefinition): string | undefined {
  const field = form.fields.find(
    (f) => (f as { optionsFrom?: { dataSource?: DataSourceName } }).optionsFrom?.dataSource === 'projects',
  );
  return field?.key;
}

/**
 * The forms a project's repair link can open: those that start a process (as /forms decides) and have a top-level
 * field choosing the project, which the link fills (`?<that field>=<project id>`). Nothing here names a form or a
 * field: the definitions say it.
 */
export function linkForms(contents: readonly { content: string }[]): LinkForm[] {
  return contents.flatMap((row): LinkForm[] => {
    const form = parseForm(row.content);
    if (!form?.startsProcess) return [];
    const projectField = projectFieldOf(form);
    return projectField ? [{ key: form.key, title: form.title, projectField }] : [];
  });
}

/** The public link of one project's form: what the QR code carries. */
export function projectLinkUrl(origin: string, form: LinkForm, projectId: string): string {
  return `${origin}/forms/${encodeURIComponent(form.key)}?${new URLSearchParams({ [form.projectField]: projectId })}`;
}
