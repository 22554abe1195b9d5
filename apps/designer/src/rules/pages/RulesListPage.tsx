import { useQuery } from '@apollo/client/react';
import { Card, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../../work/format-time';
import { rulePath } from './rule-kind';
import { RULE_DEFINITIONS, type RuleDefinitionRow } from './rules.operations';

interface Listed extends RuleDefinitionRow {
  name: string | undefined;
}

function nameOf(content: string): string | undefined {
  try {
    const parsed = JSON.parse(content) as { name?: unknown };
    return typeof parsed.name === 'string' ? parsed.name : undefined;
  } catch {
    return undefined;
  }
}

/** 规则: the deployed decision tables and assignment strategies (latest versions), each opening its editor. */
export function RulesListPage() {
  const { t, i18n } = useTranslation();
  const { data, loading } = useQuery(RULE_DEFINITIONS, { fetchPolicy: 'cache-and-network' });
  const rows = useMemo<Listed[]>(
    () => [...(data?.tables ?? []), ...(data?.assignments ?? [])].map((row) => ({ ...row, name: nameOf(row.content) })),
    [data],
  );
  if (loading && !data) return <Skeleton active />;
  return (
    <Card title={t('rules.list.title')} size="small">
      <Table<Listed>
        size="small"
        data-testid="rule-definitions"
        rowKey={(row) => `${row.kind}/${row.key}`}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('rules.list.empty') }}
        columns={[
          {
            title: t('rules.list.name'),
            key: 'name',
            render: (_, row) => (
              <Link to={rulePath(row.kind, row.key)} data-testid={`open-${row.key}`}>
                <Typography.Text strong>{row.name ?? row.key}</Typography.Text>
              </Link>
            ),
          },
          { title: t('rules.list.key'), dataIndex: 'key', key: 'key' },
          {
            title: t('rules.list.kind'),
            key: 'kind',
            render: (_, row) => <Tag>{t(`rules.kind.${row.kind}`)}</Tag>,
          },
          { title: t('rules.list.version'), dataIndex: 'version', key: 'version' },
          {
            title: t('rules.list.updated'),
            key: 'createdAt',
            render: (_, row) => formatTime(row.createdAt, i18n.language),
          },
        ]}
      />
    </Card>
  );
}
