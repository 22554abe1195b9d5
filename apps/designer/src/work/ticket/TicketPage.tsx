import { useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Card, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import { PROCESS_DIAGRAM } from '../process/process.operations';
import { ProcessDiagramView } from './ProcessDiagramView';
import { TicketFields } from './TicketFields';
import { TICKET, TICKET_UPDATED } from './ticket.operations';
import { TicketTimeline } from './TicketTimeline';

/** 工单详情: status, fields, the timeline and the BPMN with done and current steps; live via `ticketUpdated`. */
export function TicketPage() {
  const { t, i18n } = useTranslation();
  const { number = '' } = useParams();
  const { data, error, refetch } = useQuery(TICKET, { variables: { number }, fetchPolicy: 'cache-and-network' });
  const ticket = data?.ticket;
  const diagram = useQuery(PROCESS_DIAGRAM, {
    variables: { id: ticket?.processInstanceId ?? '' },
    skip: !ticket,
  });
  useSubscription(TICKET_UPDATED, {
    variables: { number },
    skip: !ticket,
    // The event carries the ticket (the cache updates by itself); the diagram's highlights are re-read.
    onData: () => void diagram.refetch().then(() => refetch()),
  });

  if (error) return <Alert type="error" showIcon message={t(errorMessageKey(toApiError(error)))} />;
  if (!ticket) return <Skeleton active />;
  const label = i18n.language === 'en' ? ticket.statusLabelEn : ticket.statusLabel;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="ticket-page">
      <Card
        size="small"
        title={t('ticket.title', { number: ticket.number })}
        extra={
          <Tag color={ticket.closedAt ? 'success' : 'processing'} data-testid="ticket-status">
            {label ?? ticket.status}
          </Tag>
        }
      >
        {ticket.title && <Typography.Paragraph>{ticket.title}</Typography.Paragraph>}
        <TicketFields ticket={ticket} />
      </Card>
      <Card size="small" title={t('ticket.timeline')}>
        <TicketTimeline entries={ticket.timeline} closed={ticket.closedAt !== null} />
      </Card>
      <Card
        size="small"
        title={t('ticket.diagram')}
        extra={<Typography.Text type="secondary">{t('ticket.diagramLegend')}</Typography.Text>}
      >
        {diagram.data ? <ProcessDiagramView diagram={diagram.data.processDiagram} /> : <Skeleton active />}
      </Card>
    </Space>
  );
}
