import { listFieldTypes, type FormDefinition } from '@anxin/form-engine';
import { findField } from '../model/form-edits';
import { ruleFieldsOf } from '../model/rule-fields';
import { FormBuilder } from '../canvas/FormBuilder';
import { FieldPropertiesPanel } from '../properties/FieldPropertiesPanel';
import { useFormEditor } from '../useFormEditor';
import { useNewField } from '../useNewField';

/** The designer's canvas and properties panel on one editor, the form as JSON for the assertions. */
export function DesignerHarness({ initial, now }: { initial: FormDefinition; now?: () => number }) {
  const editor = useFormEditor(initial, now);
  const makeField = useNewField();
  const located = editor.selected === undefined ? undefined : findField(editor.form, editor.selected);
  const info = located && listFieldTypes().find((candidate) => candidate.type === located.field.type);
  return (
    <>
      <FormBuilder editor={editor} problems={{}} onAdd={(type, at) => editor.add(makeField(type, editor.form), at)} />
      {located && info && (
        <FieldPropertiesPanel
          form={editor.form}
          field={located.field}
          info={info}
          ruleFields={ruleFieldsOf(editor.form, located.field.key, 'zh-CN')}
          dictionaries={[]}
          problems={[]}
          publishedKeys={new Set()}
          onChange={(patch) => editor.update(located.field.key, patch)}
          onRenameReferences={editor.renameReferences}
        />
      )}
      <button type="button" data-testid="undo" onClick={editor.undo} />
      <pre data-testid="form-json">{JSON.stringify(editor.form)}</pre>
    </>
  );
}

/** The form the harness holds now. */
export function currentForm(json: HTMLElement): FormDefinition {
  return JSON.parse(json.textContent ?? '{}') as FormDefinition;
}
