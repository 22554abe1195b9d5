import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../format-time';
import type { Ticket } from './ticket.operations';
import { useTicketLabels } from './useTicketLabels';

/** The ticket's main read-model fields; empty ones left out. */
export function TicketFields({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const label = useTicketLabels(ticket.processKey);
  const coded = (field: string, value: string | null) => (value === null ? null : label(field, value));
  const projectId = typeof ticket.fields['projectId'] === 'string' ? ticket.fields['projectId'] : null;
  const rows: [string, string | number | null][] = [
    [t('ticket.project'), coded('projectId', projectId)],
    [t('ticket.category'), coded('category', ticket.category)],
    [t('ticket.urgency'), coded('urgency', ticket.urgency)],
    [t('ticket.assignee'), ticket.assignee?.displayName ?? null],
    [t('ticket.team'), ticket.team],
    [t('ticket.cost'), ticket.estimatedCost === null ? null : `¥${ticket.estimatedCost.toFixed(2)}`],
    [t('ticket.rating'), ticket.rating === null ? null : '★'.repeat(ticket.rating)],
    [t('ticket.created'), formatTime(ticket.createdAt, i18n.language)],
    [t('ticket.slaDue'), ticket.slaDueAt ? formatTime(ticket.slaDueAt, i18n.language) : null],
  ];
  return (
    <Descriptions column={{ xs: 1, sm: 2 }} size="small" data-testid="ticket-fields">
      {rows
        .filter(([, value]) => value !== null && value !== '')
        .map(([label, value]) => (
          <Descriptions.Item key={label} label={label}>
            {value}
          </Descriptions.Item>
        ))}
    </Descriptions>
  );
}
