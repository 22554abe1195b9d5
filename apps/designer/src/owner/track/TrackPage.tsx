import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/api-error';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import type { MessageKey } from '../../i18n/messages';
import { formatTime } from '../../work/format-time';
import { TRACK_TICKET, type TrackedTicket } from './track.operations';
import { trackingSteps } from './tracking-steps';
import { TrackingTimeline } from './TrackingTimeline';
import './track.css';

interface Query {
  number: string;
  phone: string;
}

/** What the owner is told for each way tracking fails; the rest by the error's code. */
function trackErrorKey(error: ApiError): MessageKey {
  if (error.code === 'NOT_FOUND') return 'track.notFound';
  if (error.code === 'RATE_LIMITED') return 'track.rateLimited';
  return errorMessageKey(error);
}

/**
 * 查进度 (public, phone first): the ticket number and the contact phone → `trackTicket` → the statuses like a
 * parcel tracker. When the current status asks something of the owner (confirm, rate), a link to sign in and
 * open his task for the ticket. `?number=` fills the number in.
 */
export function TrackPage() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [search] = useSearchParams();
  const [busy, setBusy] = useState(false);
  const [ticket, setTicket] = useState<TrackedTicket | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const english = i18n.language === 'en';
  const steps = useMemo(() => (ticket ? trackingSteps(ticket) : []), [ticket]);
  const waiting = steps.find((step) => step.state === 'current' && step.ownerActs);

  const track = async ({ number, phone }: Query) => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: TRACK_TICKET,
        variables: { number: number.trim(), phone: phone.trim() },
        fetchPolicy: 'network-only',
        context: { quiet: true },
      });
      setTicket(data?.trackTicket ?? null);
    } catch (caught) {
      setTicket(null);
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="anxin-track">
      <Card title={t('track.title')} size="small">
        <Typography.Paragraph type="secondary">{t('track.intro')}</Typography.Paragraph>
        <Form<Query>
          layout="vertical"
          data-testid="track-form"
          initialValues={{ number: search.get('number') ?? '', phone: '' }}
          onFinish={(values) => void track(values)}
        >
          <Form.Item
            name="number"
            label={t('track.number')}
            rules={[{ required: true, whitespace: true, message: t('track.required', { field: t('track.number') }) }]}
          >
            <Input data-testid="track-number" placeholder={t('track.numberPlaceholder')} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('track.phone')}
            rules={[{ required: true, whitespace: true, message: t('track.required', { field: t('track.phone') }) }]}
          >
            <Input data-testid="track-phone" type="tel" inputMode="tel" placeholder={t('track.phonePlaceholder')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="track-submit">
            {t('track.submit')}
          </Button>
        </Form>
        {error && (
          <Alert
            style={{ marginTop: 16 }}
            type="error"
            showIcon
            data-testid="track-error"
            data-code={error.code}
            message={t(trackErrorKey(error))}
          />
        )}
      </Card>
      {ticket && (
        <Card size="small" style={{ marginTop: 16 }} title={ticket.number} data-testid="track-result">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('track.status')}>
              <Typography.Text strong data-testid="track-status">
                {(english ? ticket.statusLabelEn : ticket.statusLabel) ?? '—'}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('track.created')}>
              {formatTime(ticket.createdAt, i18n.language)}
            </Descriptions.Item>
            {ticket.engineerName && (
              <Descriptions.Item label={t('track.engineer')}>
                <span data-testid="track-engineer">{ticket.engineerName}</span>
              </Descriptions.Item>
            )}
          </Descriptions>
          {waiting && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="track-owner-acts"
              message={t('track.ownerActs', { status: english ? waiting.label.en : waiting.label.zh })}
              action={
                <Link to={`/track/${encodeURIComponent(ticket.number)}/task`} data-testid="track-open-task">
                  <Button type="primary" size="small">
                    {t('track.ownerActsLink')}
                  </Button>
                </Link>
              }
            />
          )}
          <TrackingTimeline steps={steps} />
        </Card>
      )}
    </div>
  );
}
