import { useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Modal, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatTime } from '../../work/format-time';
import { PROCESS_DEFINITIONS } from './flow.operations';
import type { FlowDraftState } from './FlowDesignerPage';
import { processKeyOf } from './modeler/new-process-xml';

const KEY = /^[a-z][a-z0-9-]*$/;

/** The process name in a deployed BPMN (its `<bpmn:process name>`), for the list. */
function processNameOf(xml: string): string {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  return (
    document
      .getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/MODEL', 'process')[0]
      ?.getAttribute('name') ?? ''
  );
}

/** `/design/flows`: every process (latest version), a new one, or a `.bpmn` file to open. */
export function FlowListPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data, loading } = useQuery(PROCESS_DEFINITIONS, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ key: string; name: string }>();

  const open = (key: string, state?: FlowDraftState) => void navigate(`/design/flows/${key}`, { state });

  const importFile = async (file: File) => {
    const xml = await file.text();
    const key = processKeyOf(xml);
    if (!key) {
      void message.error(t('flows.noProcess'));
      return;
    }
    open(key, { xml });
  };

  return (
    <Card
      title={t('flows.title')}
      size="small"
      data-testid="flow-list"
      extra={
        <Space>
          <Upload accept=".bpmn,.xml" showUploadList={false} beforeUpload={(file) => (void importFile(file), false)}>
            <Button data-testid="flows-import">{t('flows.import')}</Button>
          </Upload>
          <Button type="primary" onClick={() => setCreating(true)} data-testid="flows-new">
            {t('flows.new')}
          </Button>
        </Space>
      }
    >
      <Table
        size="small"
        loading={loading && !data}
        rowKey="key"
        locale={{ emptyText: t('flows.empty') }}
        dataSource={data?.definitions ?? []}
        onRow={(row) => ({ 'data-flow-key': row.key }) as object}
        columns={[
          { title: t('flows.key'), render: (_, row) => <Link to={`/design/flows/${row.key}`}>{row.key}</Link> },
          { title: t('flows.name'), render: (_, row) => processNameOf(row.content) },
          { title: t('flows.version'), dataIndex: 'version' },
          { title: t('flows.deployedAt'), render: (_, row) => formatTime(row.createdAt, i18n.language) },
        ]}
      />
      <Modal
        open={creating}
        title={t('flows.new')}
        onCancel={() => setCreating(false)}
        onOk={() => void form.validateFields().then((values) => open(values.key, { name: values.name }))}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="key"
            label={t('flows.key')}
            extra={t('flows.keyHint')}
            rules={[{ required: true, pattern: KEY, message: t('flows.keyInvalid') }]}
          >
            <Input data-testid="flows-new-key" />
          </Form.Item>
          <Form.Item name="name" label={t('flows.name')} rules={[{ required: true }]}>
            <Input data-testid="flows-new-name" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
