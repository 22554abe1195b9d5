import { Badge, Card, Empty, Space, Spin, Tabs, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../format-time';
import type { TaskStatusFilter } from '../task/task.operations';
import { TaskStatusTag } from '../task/TaskStatusTag';
import { useInbox } from './useInbox';

const TABS: TaskStatusFilter[] = ['OPEN', 'COMPLETED', 'CANCELLED'];

/** 我的待办: the caller's tasks by status, newest first, kept current by the `inboxChanged` subscription. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<TaskStatusFilter>('OPEN');
  const { tasks, total, loading, live } = useInbox(status);
  const { token } = theme.useToken();

  return (
    <Card
      title={t('inbox.title')}
      extra={live ? <Badge status="processing" text={t('inbox.live')} data-testid="inbox-live" /> : null}
      styles={{ body: { paddingTop: 0 } }}
    >
      <Tabs
        activeKey={status}
        onChange={(key) => setStatus(key as TaskStatusFilter)}
        items={TABS.map((key) => ({
          key,
          label: key === status && !loading ? `${t(`inbox.tab.${key}`)} (${total})` : t(`inbox.tab.${key}`),
        }))}
      />
      <div data-testid="inbox">
        {loading && tasks.length === 0 ? (
          <Spin style={{ display: 'block', padding: token.padding }} />
        ) : tasks.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inbox.empty')} />
        ) : (
          tasks.map((task) => (
            <div
              key={task.id}
              data-task-id={task.id}
              data-element-id={task.elementId}
              data-ticket={task.ticketNumber ?? ''}
              style={{ padding: `${token.paddingSM}px 0`, borderBottom: `1px solid ${token.colorSplit}` }}
            >
              <Link to={`/tasks/${task.id}`} style={{ display: 'block' }}>
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap>
                    <Typography.Text strong>{task.name ?? task.elementId}</Typography.Text>
                    <TaskStatusTag status={task.status} />
                    {task.assignee === null && task.status === 'open' && <Tag color="gold">{t('inbox.claimable')}</Tag>}
                  </Space>
                  <Typography.Text type="secondary">
                    {task.ticketNumber ? `${t('inbox.ticket', { number: task.ticketNumber })} · ` : ''}
                    {formatTime(task.createdAt, i18n.language)}
                    {task.dueAt ? ` · ${t('inbox.due', { time: formatTime(task.dueAt, i18n.language) })}` : ''}
                  </Typography.Text>
                </Space>
              </Link>
            </div>
          ))
        )}
      </div>
    </Card>
  );
}
