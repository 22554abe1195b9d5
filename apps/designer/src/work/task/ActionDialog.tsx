import { Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionInput } from './action-input.type';
import type { TaskAction } from './available-actions';
import type { UserRef } from './task.operations';
import { UserSelect } from './UserSelect';

/** Actions that ask for something first (the others run on the click). */
export const ACTIONS_WITH_DIALOG: ReadonlySet<TaskAction> = new Set<TaskAction>([
  'approve',
  'reject',
  'transfer',
  'delegate',
  'addSigners',
  'removeSigner',
  'return',
  'withdraw',
  'cc',
  'urge',
]);

interface Props {
  action: TaskAction | null;
  busy: boolean;
  /** Signers of the same approval who have not signed (减签). */
  signers: readonly UserRef[];
  /** Earlier steps of the instance (退回). */
  returnTargets: readonly { id: string; name: string }[];
  onCancel: () => void;
  onSubmit: (input: ActionInput) => void;
}

type Values = {
  comment?: string;
  userId?: string;
  userIds?: string[];
  position?: ActionInput['position'];
  targetElementId?: string;
  message?: string;
};

/** One dialog for the approval operations: comment, user(s), signer position, return target or reminder. */
export function ActionDialog({ action, busy, signers, returnTargets, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (action) form.resetFields();
  }, [action, form]);
  if (!action) return null;
  const has = (...actions: TaskAction[]) => actions.includes(action);
  const required = (message: string) => [{ required: true, message }];

  return (
    <Modal
      open
      title={t(`action.${action}`)}
      okText={t('action.confirm')}
      cancelText={t('action.cancel')}
      okButtonProps={{ 'data-testid': 'dialog-ok', danger: action === 'reject' || action === 'withdraw' }}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then(onSubmit, () => undefined)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid={`dialog-${action}`} initialValues={{ position: 'AFTER' }}>
        {action === 'withdraw' && <Typography.Paragraph>{t('action.withdrawConfirm')}</Typography.Paragraph>}
        {has('transfer', 'delegate') && (
          <Form.Item name="userId" label={t('action.user')} rules={required(t('action.userRequired'))}>
            <UserSelect testId="dialog-user" />
          </Form.Item>
        )}
        {has('addSigners', 'cc') && (
          <Form.Item name="userIds" label={t('action.users')} rules={required(t('action.userRequired'))}>
            <UserSelect multiple testId="dialog-users" />
          </Form.Item>
        )}
        {action === 'addSigners' && (
          <Form.Item name="position" label={t('action.position')}>
            <Radio.Group
              options={(['BEFORE', 'AFTER', 'PARALLEL'] as const).map((value) => ({
                value,
                label: t(`action.position.${value}`),
              }))}
            />
          </Form.Item>
        )}
        {action === 'removeSigner' && (
          <Form.Item name="userId" label={t('action.user')} rules={required(t('action.userRequired'))}>
            <Select data-testid="dialog-signer" options={signers.map((s) => ({ value: s.id, label: s.displayName }))} />
          </Form.Item>
        )}
        {action === 'return' && (
          <Form.Item name="targetElementId" label={t('action.target')} rules={required(t('action.targetRequired'))}>
            <Select data-testid="dialog-target" options={returnTargets.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        )}
        {has('approve', 'reject', 'transfer', 'return', 'cc') && (
          <Form.Item
            name="comment"
            label={t('action.comment')}
            rules={action === 'reject' ? required(t('action.commentRequired')) : []}
          >
            <Input.TextArea data-testid="dialog-comment" autoSize={{ minRows: 2 }} maxLength={500} />
          </Form.Item>
        )}
        {action === 'urge' && (
          <Form.Item name="message" label={t('action.message')}>
            <Input.TextArea data-testid="dialog-message" autoSize={{ minRows: 2 }} maxLength={200} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
