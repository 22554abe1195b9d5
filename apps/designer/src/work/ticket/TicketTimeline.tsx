import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../format-time';
import type { TimelineEntry } from './ticket.operations';

/** Like a parcel tracker: the newest status on top, each with its time, who and (staff only) the note. */
export function TicketTimeline({ entries, closed }: { entries: readonly TimelineEntry[]; closed: boolean }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const newestFirst = [...entries].reverse();
  return (
    <Timeline
      data-testid="ticket-timeline"
      items={newestFirst.map((entry, index) => ({
        key: `${entry.status}-${entry.at}`,
        color: index === 0 && !closed ? 'blue' : 'green',
        children: (
          <>
            <Typography.Text strong={index === 0}>{english ? entry.statusLabelEn : entry.statusLabel}</Typography.Text>
            <br />
            <Typography.Text type="secondary">
              {formatTime(entry.at, i18n.language)} · {entry.actorName}
            </Typography.Text>
            {entry.note && <Typography.Paragraph style={{ marginBottom: 0 }}>{entry.note}</Typography.Paragraph>}
          </>
        ),
      }))}
    />
  );
}
