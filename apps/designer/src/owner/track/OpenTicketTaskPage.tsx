import { useQuery } from '@apollo/client/react';
import { Alert, Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import { MY_TICKET_TASKS } from './track.operations';

/**
 * Where the tracker's "sign in and do it" link lands (signed in): the caller's open task of the ticket (the rating
 * or the confirmation: the task page renders its form), or the ticket when he has none.
 */
export function OpenTicketTaskPage() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const { data, error, loading } = useQuery(MY_TICKET_TASKS, {
    variables: { ticketNumber: number },
    fetchPolicy: 'network-only',
  });
  if (error) return <Alert type="error" showIcon message={t(errorMessageKey(toApiError(error)))} />;
  if (loading || !data) return <Skeleton active />;
  const task = data.tasks.items[0];
  if (task) return <Navigate to={`/tasks/${task.id}`} replace />;
  return (
    <Result
      status="info"
      data-testid="no-ticket-task"
      title={t('track.openTask.title', { number })}
      subTitle={t('track.openTask.none')}
      extra={
        <Link to={`/tickets/${encodeURIComponent(number)}`}>
          <Button type="primary">{t('track.openTask.ticket')}</Button>
        </Link>
      }
    />
  );
}
