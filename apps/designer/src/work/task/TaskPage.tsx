import { useQuery } from '@apollo/client/react';
import { textIn } from '@anxin/form-engine';
import { Alert, Card, Descriptions, Skeleton, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import { useMe } from '../../auth/useMe';
import { parseForm } from '../../forms/parse-form';
import { useFormDataSources } from '../../forms/useFormDataSources';
import { useLocale } from '../../i18n/useLocale';
import { formatTime } from '../format-time';
import { TASK } from './task.operations';
import { TaskStatusTag } from './TaskStatusTag';
import { TaskWorkspace } from './TaskWorkspace';
import { useTaskFacts } from './useTaskFacts';

/** 办理: the task, its ticket, its form after field permissions, and the approval actions the caller may take. */
export function TaskPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const locale = useLocale();
  const { data, error, loading } = useQuery(TASK, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const task = data?.task;
  const form = useMemo(() => parseForm(task?.form), [task?.form]);
  const staff = me ? me.roles.some((role) => role !== 'OWNER') : false;
  const host = useFormDataSources(form, staff);
  const facts = useTaskFacts(task, me?.id);

  if (error) return <Alert type="error" showIcon message={t(errorMessageKey(toApiError(error)))} />;
  if (!task || !me || (loading && !data) || host.loading || facts.loading) return <Skeleton active />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} className="anxin-task-page">
      <Card
        size="small"
        title={
          <Space>
            <Typography.Text strong data-testid="task-name">
              {task.name ?? task.elementId}
            </Typography.Text>
            <TaskStatusTag status={task.status} />
          </Space>
        }
      >
        <Descriptions column={1} size="small">
          {task.ticketNumber && (
            <Descriptions.Item label={t('task.ticket')}>
              <Link to={`/tickets/${task.ticketNumber}`} data-testid="task-ticket">
                {task.ticketNumber}
              </Link>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('task.assignee')}>{task.assignee?.displayName ?? '—'}</Descriptions.Item>
          {task.owner && <Descriptions.Item label={t('task.owner')}>{task.owner.displayName}</Descriptions.Item>}
          <Descriptions.Item label={t('task.created')}>{formatTime(task.createdAt, i18n.language)}</Descriptions.Item>
          {task.comment && <Descriptions.Item label={t('task.comment')}>{task.comment}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={form ? textIn(form.title, locale) : undefined}>
        <TaskWorkspace
          key={task.id + task.status + (task.assignee?.id ?? '')}
          task={task}
          form={form}
          me={me}
          host={host}
          facts={facts}
        />
      </Card>
    </Space>
  );
}
