import type { FieldDefinition, FormDefinition } from '@anxin/form-engine';
import { useCallback, useMemo, useState } from 'react';
import { record, redo, startHistory, undo, type EditMark, type History } from './model/edit-history';
import { renameFieldReferences } from './model/field-references';
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
  /** Makes the form's rules read the field `to` where they read `from` (after renaming a field). */
  renameReferences: (from: string, to: string) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Whether the form differs from the one it started with (or was last marked saved). */
  dirty: boolean;
  markSaved: (form: FormDefinition) => void;
}

// What a property edit changes, so that typing in one input is one undo step (see edit-history.ts).
function propertyMark(owner: string, renamedTo: string, patch: Patch, at: number): EditMark {
  const names = Object.keys(patch).sort().join(',');
  return { continues: `${owner}:${names}`, group: `${renamedTo}:${names}`, at };
}

/** `now` is the clock of undo coalescing (tests pass theirs). */
export function useFormEditor(initial: FormDefinition, now: () => number = Date.now): FormEditor {
  const [history, setHistory] = useState<History<FormDefinition>>(() => startHistory(initial));
  const [saved, setSaved] = useState(initial);
  const [selected, setSelected] = useState<string | undefined>();

  const edit = useCallback((change: (form: FormDefinition) => FormDefinition, mark?: EditMark) => {
    setHistory((current) => record(current, change(current.present), mark));
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
        const renamedTo = typeof patch['key'] === 'string' ? patch['key'] : key;
        edit((form) => updateField(form, key, patch), propertyMark(`field:${key}`, `field:${renamedTo}`, patch, now()));
        if (renamedTo !== key) setSelected(renamedTo);
      },
      updateForm: (patch: Patch) => edit((form) => updateForm(form, patch), propertyMark('form', 'form', patch, now())),
      renameReferences: (from: string, to: string) => edit((form) => renameFieldReferences(form, from, to)),
      undo: () => setHistory(undo),
      redo: () => setHistory(redo),
    }),
    [edit, now],
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
