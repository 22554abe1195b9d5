import { useLazyQuery } from '@apollo/client/react';
import type { ReportDefinition } from '@anxin/report-engine';
import { Button, Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/to-api-error';
import { ReportView } from '../chart/ReportView';
import { PREVIEW_REPORT } from '../reports.operations';
import { ProblemList } from './ProblemList';

/** 预览: the draft run by the server (`previewReport`) in the designer's scope, drawn as the dashboards draw it. */
export function ReportPreviewPanel({ definition, ready }: { definition: ReportDefinition; ready: boolean }) {
  const { t } = useTranslation();
  const [preview, { data, error, loading }] = useLazyQuery(PREVIEW_REPORT, { fetchPolicy: 'network-only' });
  const result = data?.previewReport;
  const problems = error ? toApiError(error).problems : [];

  return (
    <Card
      size="small"
      title={t('builder.preview')}
      extra={
        <Button
          disabled={!ready}
          loading={loading}
          onClick={() => void preview({ variables: { content: definition } }).catch(() => undefined)}
          data-testid="builder-preview"
        >
          {t('builder.preview')}
        </Button>
      }
    >
      <ProblemList title={t('builder.problems')} problems={problems} testId="builder-preview-problems" />
      {result ? (
        <div data-testid="builder-preview-result">
          <ReportView result={result} height={320} testId="builder-preview-chart" />
          <Typography.Text type="secondary">{t('builder.previewTotal', { total: result.total })}</Typography.Text>
        </div>
      ) : (
        !error && <Empty description={t('builder.previewHint')} />
      )}
    </Card>
  );
}
