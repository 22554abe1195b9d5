import {
  evaluateForm,
  validateSubmission,
  type FormContext,
  type FormDefinition,
  type FormEvaluation,
  type Locale,
} from '@anxin/form-engine';
import type { JsonObject, JsonValue } from '@anxin/rules';
import { useCallback, useMemo, useState } from 'react';
import type { ServerProblem } from '../api/api-error';
import { clientProblems, fieldErrors, mergeErrors, serverFieldErrors, type FieldErrors } from './field-errors';

export interface FormModel {
  values: JsonObject;
  evaluation: FormEvaluation;
  errors: FieldErrors;
  setValue: (key: string, value: JsonValue) => void;
  /** Validates exactly as the server will; from then on the problems show on the fields as the user types. */
  validate(): { ok: boolean; value: JsonObject };
  /** The server refused the data (`VALIDATION_FAILED`): its problems on the fields. */
  showServerProblems: (problems: readonly ServerProblem[]) => void;
}

/**
 * A form being filled in: values, their evaluation by @anxin/form-engine (visibility, required, read-only,
 * options, computed values) and the problems of `validateSubmission`, with the same context the server uses.
 */
export function useFormModel(
  form: FormDefinition,
  initial: JsonObject,
  context: FormContext,
  locale: Locale,
): FormModel {
  const [values, setValues] = useState<JsonObject>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<readonly ServerProblem[]>([]);

  const evaluation = useMemo(() => evaluateForm(form, values, context), [form, values, context]);
  const validation = useMemo(
    () => (submitted ? validateSubmission(form, values, context) : undefined),
    [submitted, form, values, context],
  );

  const errors = useMemo(() => {
    const local = validation?.problems ?? [];
    return mergeErrors(serverFieldErrors(server, local, locale), fieldErrors(local, locale));
  }, [validation, server, locale]);

  const setValue = useCallback((key: string, value: JsonValue) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    setServer((previous) => previous.filter((p) => p.path !== `data.${key}` && !p.path.startsWith(`data.${key}[`)));
  }, []);

  const validate = useCallback(() => {
    setSubmitted(true);
    const result = validateSubmission(form, values, context);
    const blocking = clientProblems(result.problems).some((problem) => problem.severity === 'error');
    return { ok: !blocking, value: result.value };
  }, [form, values, context]);

  const showServerProblems = useCallback((problems: readonly ServerProblem[]) => setServer(problems), []);

  return { values, evaluation, errors, setValue, validate, showServerProblems };
}
