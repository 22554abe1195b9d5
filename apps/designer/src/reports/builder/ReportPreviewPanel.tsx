import { useLazyQuery } from '@apollo/client/react';
import type { ReportDefinition } from '@anxin/report-engine';
import { Button, Card, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/to-api-error';
import { chartStyleOf } from '../chart/chart-kind';
import { ReportTable } from '../chart/ReportTable';
import { ReportView } from '../chart/ReportView';
import { resultInLanguage } from '../chart/result-in-language';
import { ParameterBar } from '../params/ParameterBar';
import { initialValues, type ParameterValues, parametersOf } from '../params/parameter-values';
import { PREVIEW_REPORT } from '../reports.operations';
import { ProblemList } from './ProblemList';

interface ReportPreviewPanelProps {
  definition: ReportDefinition;
  ready: boolean;
  /** The deployed report's key: its parameters' pick lists come from it (a new report has no parameters). */
  deployedKey: string | undefined;
}

/**
 * 预览: the draft run by the server (`previewReport`) in the designer's scope with the parameters set above it,
 * drawn as the dashboards draw it. Once shown, a changed parameter runs it again.
 */
export function ReportPreviewPanel({ definition, ready, deployedKey }: ReportPreviewPanelProps) {
  const { t, i18n } = useTranslation();
  const [preview, { data, error, loading }] = useLazyQuery(PREVIEW_REPORT, { fetchPolicy: 'network-only' });
  const parameters = parametersOf(definition);
  const [values, setValues] = useState<ParameterValues>(() => initialValues(parameters));
  const result = data?.previewReport;
  const problems = error ? toApiError(error).problems : [];
  const run = (params: ParameterValues) => void preview({ variables: { content: definition, params } }).catch(() => undefined);

  const change = (next: ParameterValues) => {
    setValues(next);
    if (result || error) run(next);
  };

  return (
    <Card
      size="small"
      title={t('builder.preview')}
      extra={
        <Button disabled={!ready} loading={loading} onClick={() => run(values)} data-testid="builder-preview">
          {t('builder.preview')}
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <ParameterBar
          parameters={parameters}
          values={values}
          onChange={change}
          source={deployedKey === undefined ? undefined : { kind: 'report', key: deployedKey }}
          testId="builder-params"
        />
        <ProblemList title={t('builder.problems')} problems={problems} testId="builder-preview-problems" />
        {result ? (
          <div data-testid="builder-preview-result">
            <ReportView result={result} height={320} testId="builder-preview-chart" />
            {/* Under a chart, its numbers too: what the designer checks the report against. */}
            {chartStyleOf(result.chart).kind !== 'table' && result.rows.length > 0 && (
              <ReportTable result={resultInLanguage(result, i18n.language)} testId="builder-preview-table" />
            )}
            <Typography.Text type="secondary" data-testid="builder-preview-total">
              {t('builder.previewTotal', { total: result.total })}
            </Typography.Text>
          </div>
        ) : (
          !error && <Empty description={t('builder.previewHint')} />
        )}
      </Space>
    </Card>
  );
}
