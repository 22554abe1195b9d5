import type { FormDefinition, Locale } from '@anxin/form-engine';
import type { JsonObject } from '@anxin/rules';
import { useMemo, useState } from 'react';
import type { Me } from '../auth/auth.operations';
import { dataSourcesOf } from './data-sources-of';
import { placeParents, sameParents } from './place-parents';
import { useFormContext } from './useFormContext';
import type { FormHostData } from './useFormDataSources';
import { useFormModel, type FormModel } from './useFormModel';
import { usePlaceSources } from './usePlaceSources';

interface Options {
  form: FormDefinition;
  initial: JsonObject;
  me: Me | undefined;
  host: FormHostData;
  locale: Locale;
  /** The stored values of a task's form. */
  previous?: JsonObject;
}

/**
 * `useFormModel` with the location pickers cascading on what is chosen: the form's values pick the project and
 * building, whose buildings and units join the host's data sources (so the browser checks them as the server does).
 */
export function usePlacedFormModel({ form, initial, me, host, locale, previous }: Options): FormModel {
  const wanted = useMemo(() => dataSourcesOf(form), [form]);
  const [parents, setParents] = useState(() => placeParents(form, initial));
  const places = usePlaceSources(wanted, parents);
  const merged = useMemo(() => ({ ...host, dataSources: { ...host.dataSources, ...places } }), [host, places]);
  const context = useFormContext(me, merged, previous);
  const model = useFormModel(form, initial, context, locale);
  // Derived state: when the user picks another project or building, the next render asks for its children.
  const chosen = placeParents(form, model.values);
  if (!sameParents(chosen, parents)) setParents(chosen);
  return model;
}
