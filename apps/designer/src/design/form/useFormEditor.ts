import type { FieldDefinition, FormDefinition } from '@anxin/form-engine';
import { useCallback, useMemo, useState } from 'react';
import { record, redo, startHistory, undo, type History } from './model/edit-history';
import {
  addField,
  moveField,
  removeField,
  shiftField,
  updateField,
  updateForm,
  type Patch,
  type Placement,
} from './model/form-edits';

/** The form being designed, its undo history and the selected field; every edit goes through the pure functions. */
export interface FormEditor {
  form: FormDefinition;
  selected: string | undefined;
  select: (key: string | undefined) => void;
  add: (field: FieldDefinition, at: Placement) => void;
  move: (key: string, to: Placement) => void;
  shift: (key: string, by: -1 | 1) => void;
  remove: (key: string) => void;
  update: (key: string, patch: Patch) => void;
  updateForm: (patch: Patch) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Whether the form differs from the one it started with (or was last marked saved). */
  dirty: boolean;
  markSaved: (form: FormDefinition) => void;
}

export function useFormEditor(initial: FormDefinition): FormEditor {
  const [history, setHistory] = useState<History<FormDefinition>>(() => startHistory(initial));
  const [saved, setSaved] = useState(initial);
  const [selected, setSelected] = useState<string | undefined>();

  const edit = useCallback((change: (form: FormDefinition) => FormDefinition) => {
    setHistory((current) => record(current, change(current.present)));
  }, []);

  const actions = useMemo(
    () => ({
      add: (field: FieldDefinition, at: Placement) => {
        edit((form) => addField(form, field, at));
        setSelected(field.key);
      },
      move: (key: string, to: Placement) => edit((form) => moveField(form, key, to)),
      shift: (key: string, by: -1 | 1) => edit((form) => shiftField(form, key, by)),
      remove: (key: string) => {
        edit((form) => removeField(form, key));
        setSelected((current) => (current === key ? undefined : current));
      },
      update: (key: string, patch: Patch) => {
        edit((form) => updateField(form, key, patch));
        if (typeof patch['key'] === 'string') setSelected(patch['key']);
      },
      updateForm: (patch: Patch) => edit((form) => updateForm(form, patch)),
      undo: () => setHistory(undo),
      redo: () => setHistory(redo),
    }),
    [edit],
  );

  return {
    form: history.present,
    selected,
    select: setSelected,
    ...actions,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    dirty: history.present !== saved,
    markSaved: setSaved,
  };
}
