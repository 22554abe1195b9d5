import { useQuery } from '@apollo/client/react';
import { Alert, Drawer, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import { formatTime } from '../../work/format-time';
import type { DrillCell } from '../chart/report-chart-model';
import { DRILL_DOWN, type DrilledTicket } from '../reports.operations';

const PAGE_SIZE = 20;

export interface DrillTarget {
  reportKey: string;
  title: string;
  cell: DrillCell;
  params?: unknown;
}

/** 明细工单: the tickets behind a clicked cell (`drillDown`), a page at a time, each linking to its ticket page. */
export function DrillDownDrawer({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  return (
    <Drawer open={target !== null} onClose={onClose} width={640} title={target?.title} destroyOnHidden>
      {target && <DrillDownList target={target} />}
    </Drawer>
  );
}

function DrillDownList({ target }: { target: DrillTarget }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error } = useQuery(DRILL_DOWN, {
    variables: {
      key: target.reportKey,
      cell: target.cell,
      params: target.params,
      page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    },
    fetchPolicy: 'network-only',
  });
  if (error) return <Alert type="error" showIcon message={t(errorMessageKey(toApiError(error)))} />;
  const drilled = data?.drillDown ?? previousData?.drillDown;
  return (
    <div data-testid="drill-down">
      <Typography.Paragraph data-testid="drill-total">
        {drilled ? t('drill.total', { total: drilled.total }) : ''}
      </Typography.Paragraph>
      <Table<DrilledTicket>
        size="small"
        loading={loading}
        rowKey="number"
        dataSource={drilled?.items ?? []}
        onRow={(ticket) => ({ 'data-ticket': ticket.number }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: drilled?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          size: 'small',
        }}
        columns={[
          {
            key: 'number',
            title: t('drill.number'),
            render: (_, ticket) => <Link to={`/tickets/${encodeURIComponent(ticket.number)}`}>{ticket.number}</Link>,
          },
          { key: 'title', title: t('drill.ticketTitle'), render: (_, ticket) => ticket.title ?? '' },
          {
            key: 'status',
            title: t('drill.status'),
            render: (_, ticket) => (i18n.language === 'en' ? ticket.statusLabelEn : ticket.statusLabel) ?? ticket.status,
          },
          { key: 'createdAt', title: t('drill.createdAt'), render: (_, ticket) => formatTime(ticket.createdAt, i18n.language) },
        ]}
      />
    </div>
  );
}
