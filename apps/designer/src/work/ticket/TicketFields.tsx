import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../format-time';
import type { Ticket } from './ticket.operations';
import { useTicketFieldRows } from './useTicketLabels';

/** Who handles the ticket and when, then every projected field a form defines; empty ones left out. */
export function TicketFields({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const projected = useTicketFieldRows(ticket.processKey, ticket.fields);
  const rows: [string, string, string | null][] = [
    ['assignee', t('ticket.assignee'), ticket.assignee?.displayName ?? null],
    ['team', t('ticket.team'), ticket.team],
    ['rating', t('ticket.rating'), ticket.rating === null ? null : '★'.repeat(ticket.rating)],
    ['createdAt', t('ticket.created'), formatTime(ticket.createdAt, i18n.language)],
    ['slaDueAt', t('ticket.slaDue'), ticket.slaDueAt ? formatTime(ticket.slaDueAt, i18n.language) : null],
    ['closedAt', t('ticket.closed'), ticket.closedAt ? formatTime(ticket.closedAt, i18n.language) : null],
    ...projected.map((row): [string, string, string] => [`field-${row.key}`, row.label, row.value]),
  ];
  return (
    <Descriptions column={{ xs: 1, sm: 2 }} size="small" data-testid="ticket-fields">
      {rows
        .filter(([, , value]) => value !== null && value !== '')
        .map(([key, label, value]) => (
          <Descriptions.Item key={key} label={label}>
            {value}
          </Descriptions.Item>
        ))}
    </Descriptions>
  );
}
