import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { checkForm, listFieldTypes, textIn, type FieldTypeInfo, type FormDefinition } from '@anxin/form-engine';
import { App, Button, Card, Col, Row, Space, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../auth/auth.operations';
import type { FormHostData } from '../../forms/useFormDataSources';
import { useLocale } from '../../i18n/useLocale';
import { FormBuilder } from './canvas/FormBuilder';
import { LeaveGuard } from './LeaveGuard';
import { findField, keysOf, type Placement } from './model/form-edits';
import { problemsByField, type PointedProblem } from './model/problem-locations';
import { ruleFieldsOf } from './model/rule-fields';
import { FormPreview } from './preview/FormPreview';
import { ProblemList } from './ProblemList';
import { FieldPropertiesPanel } from './properties/FieldPropertiesPanel';
import { FormPropertiesPanel } from './properties/FormPropertiesPanel';
import { PublishDialog } from './publish/PublishDialog';
import { useFormEditor } from './useFormEditor';
import { useNewField } from './useNewField';
import { usePublishForm } from './usePublishForm';

interface Props {
  initial: FormDefinition;
  /** The published version, the base of the publish diff (`undefined`: never published). */
  deployed: { form: FormDefinition; version: number } | undefined;
  me: Me | undefined;
  host: FormHostData;
}

/** The form designer: palette and canvas, the selected field's properties or the live preview, problems, publish. */
export function FormDesignerWorkspace({ initial, deployed, me, host }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale();
  const editor = useFormEditor(initial);
  const publisher = usePublishForm();
  const [tab, setTab] = useState('properties');
  const [publishing, setPublishing] = useState(false);
  const { form, selected } = editor;
  const types = useMemo(() => listFieldTypes(), []);
  const dictionaries = useMemo(() => Object.keys(host.dictionaries).sort(), [host.dictionaries]);

  const localProblems = useMemo(() => checkForm(form, { dictionaries }), [form, dictionaries]);
  const { serverProblems, clearServerProblems } = publisher;
  // The server's answer is about the content it was sent: an edit makes it stale.
  useEffect(() => clearServerProblems(), [form, clearServerProblems]);
  const problems: PointedProblem[] = useMemo(
    () => [
      ...localProblems,
      ...(serverProblems ?? []).filter((p) => !localProblems.some((l) => l.path === p.path && l.code === p.code)),
    ],
    [localProblems, serverProblems],
  );
  const byField = useMemo(() => problemsByField(form, problems), [form, problems]);
  const publishedKeys = useMemo(() => (deployed ? keysOf(deployed.form) : new Set<string>()), [deployed]);

  const makeField = useNewField();
  const add = (info: FieldTypeInfo, at: Placement) => {
    editor.add(makeField(info, form), at);
    setTab('properties');
  };

  const located = selected === undefined ? undefined : findField(form, selected);
  const info = located && types.find((candidate) => candidate.type === located.field.type);

  const validate = async () => {
    const found = await publisher.validate(form);
    if (found && found.length === 0) void message.success(t('formDesigner.validateOk'));
  };

  const publish = async () => {
    const result = await publisher.publish(form);
    if (!result) return;
    setPublishing(false);
    editor.markSaved(form);
    void message.success(
      result.created
        ? t('formDesigner.published', { version: result.version })
        : t('formDesigner.publishSame', { version: result.version }),
    );
  };

  return (
    <Card
      size="small"
      data-testid="form-designer"
      title={
        <Space wrap>
          <Typography.Text strong>{textIn(form.title, locale) || form.key}</Typography.Text>
          <Typography.Text type="secondary" code>
            {form.key}
          </Typography.Text>
          <Tag data-testid="designer-version">
            {deployed ? t('formDesigner.version', { version: deployed.version }) : t('formDesigner.newForm')}
          </Tag>
          {editor.dirty && <Tag color="orange">{t('formDesigner.unsaved')}</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          <Button icon={<UndoOutlined />} disabled={!editor.canUndo} onClick={editor.undo} data-testid="designer-undo">
            {t('formDesigner.undo')}
          </Button>
          <Button icon={<RedoOutlined />} disabled={!editor.canRedo} onClick={editor.redo} data-testid="designer-redo">
            {t('formDesigner.redo')}
          </Button>
          <Button loading={publisher.busy} onClick={() => void validate()} data-testid="designer-validate">
            {t('formDesigner.validate')}
          </Button>
          <Button type="primary" onClick={() => setPublishing(true)} data-testid="designer-publish">
            {t('formDesigner.publish')}
          </Button>
        </Space>
      }
    >
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <FormBuilder editor={editor} problems={byField} onAdd={add} />
          <ProblemList
            form={form}
            problems={problems}
            onSelect={(key) => key && (editor.select(key), setTab('properties'))}
          />
        </Col>
        <Col xs={24} lg={10}>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'properties',
                label: <span data-testid="tab-properties">{t('formDesigner.properties')}</span>,
                children:
                  located && info ? (
                    <FieldPropertiesPanel
                      form={form}
                      field={located.field}
                      info={info}
                      ruleFields={ruleFieldsOf(form, located.field.key, locale, host.dictionaries)}
                      dictionaries={dictionaries}
                      problems={byField[located.field.key] ?? []}
                      publishedKeys={publishedKeys}
                      onChange={(patch) => editor.update(located.field.key, patch)}
                      onRenameReferences={editor.renameReferences}
                    />
                  ) : (
                    <>
                      <Typography.Paragraph type="secondary">{t('formDesigner.selectField')}</Typography.Paragraph>
                      <FormPropertiesPanel form={form} onChange={editor.updateForm} />
                    </>
                  ),
              },
              {
                key: 'preview',
                label: <span data-testid="tab-preview">{t('formDesigner.preview')}</span>,
                children: <FormPreview form={form} problems={localProblems} me={me} host={host} />,
              },
            ]}
          />
        </Col>
      </Row>
      <LeaveGuard dirty={editor.dirty} />
      <PublishDialog
        open={publishing}
        deployed={deployed?.form}
        draft={form}
        busy={publisher.busy}
        blocked={localProblems.some((problem) => problem.severity === 'error')}
        onPublish={() => void publish()}
        onCancel={() => setPublishing(false)}
      />
    </Card>
  );
}
