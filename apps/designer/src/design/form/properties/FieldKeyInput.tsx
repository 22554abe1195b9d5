import type { FieldDefinition, FormDefinition } from '@anxin/form-engine';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countFieldReferences } from '../model/field-references';
import { fieldKeyProblem } from '../model/field-key';
import type { Patch } from '../model/form-edits';

interface Props {
  form: FormDefinition;
  field: FieldDefinition;
  /** Keys of the published version: renaming one of them loses the link to stored data. */
  publishedKeys: ReadonlySet<string>;
  onChange: (patch: Patch) => void;
  /** Makes the rules read `to` where they read `from`. */
  onRenameReferences: (from: string, to: string) => void;
}

/**
 * The key, edited apart: a key is applied only once it is well-formed and unique in the form. Once the field has a
 * new key, the rules still reading its key from before are counted and their update is offered (not forced: the
 * designer may mean another field of that name).
 */
export function FieldKeyInput({ form, field, publishedKeys, onChange, onRenameReferences }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(field.key);
  // The key the field had when it was selected; a key applied here is a rename of it, any other a new selection.
  const [origin, setOrigin] = useState(field.key);
  const applied = useRef<string | undefined>(undefined);
  useEffect(() => {
    setDraft(field.key);
    if (field.key !== applied.current) setOrigin(field.key);
  }, [field.key]);
  const problem = fieldKeyProblem(form, field.key, draft);
  const stale = origin !== field.key ? countFieldReferences(form, origin) : 0;

  return (
    <Form.Item
      label={t('formDesigner.prop.key')}
      validateStatus={problem ? 'error' : undefined}
      help={
        problem
          ? t(`formDesigner.prop.keyProblem.${problem}`)
          : publishedKeys.has(origin)
            ? t('formDesigner.prop.keyRenameWarning')
            : undefined
      }
    >
      <Input
        data-testid="prop-key"
        value={draft}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (fieldKeyProblem(form, field.key, next)) return;
          applied.current = next;
          onChange({ key: next });
        }}
      />
      {stale > 0 && !problem && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="key-references"
          message={t('formDesigner.prop.keyReferences', { count: stale, from: origin, to: field.key })}
          action={
            <Button
              size="small"
              data-testid="key-references-update"
              onClick={() => onRenameReferences(origin, field.key)}
            >
              {t('formDesigner.prop.keyReferencesUpdate')}
            </Button>
          }
        />
      )}
    </Form.Item>
  );
}
