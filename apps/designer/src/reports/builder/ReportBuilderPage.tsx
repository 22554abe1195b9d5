import { useApolloClient, useMutation } from '@apollo/client/react';
import { checkReport } from '@anxin/report-engine';
import { Alert, App, Button, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import { ProblemList, type ShownProblem } from './ProblemList';
import { DEPLOY_REPORT, VALIDATE_REPORT } from './report-definitions.operations';
import { definitionOf, draftOf, emptyDraft, type ReportDraft } from './report-draft';
import { ReportDraftForm } from './ReportDraftForm';
import { ReportPreviewPanel } from './ReportPreviewPanel';
import { useReportDefinitions } from './useReportDefinitions';

/** The parts of a definition this builder keeps without editing them, named for the designer. */
const keptParts = (draft: ReportDraft) => Object.keys(draft.rest).filter((key) => key !== '$schema');

/** 报表设计: one report (new, or the latest version of `:key`): edit, preview, validate, publish. */
export function ReportBuilderPage() {
  const { t } = useTranslation();
  const { key } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { message } = App.useApp();
  const { datasets, report, loading, error } = useReportDefinitions(key);
  const [draft, setDraft] = useState<ReportDraft>(emptyDraft);
  const [serverProblems, setServerProblems] = useState<ShownProblem[] | undefined>();
  const [deploy, deploying] = useMutation(DEPLOY_REPORT);

  // The opened report becomes the draft once, when it has loaded.
  useEffect(() => {
    if (report) setDraft(draftOf(report.definition));
  }, [report]);

  const definition = useMemo(() => definitionOf(draft), [draft]);
  const dataset = datasets.find((d) => d.key === draft.dataset);
  const localProblems = useMemo(() => (dataset ? [...checkReport(definition, dataset)] : []), [definition, dataset]);
  const content = JSON.stringify(definition, null, 2);

  const validate = async () => {
    const { data } = await client
      .query({ query: VALIDATE_REPORT, variables: { key: definition.key, content }, fetchPolicy: 'network-only' })
      .catch(() => ({ data: undefined }));
    if (!data) return;
    setServerProblems(data.validateDefinition);
    if (data.validateDefinition.length === 0) void message.success(t('builder.valid'));
  };

  const publish = async () => {
    try {
      const { data } = await deploy({ variables: { key: definition.key, content } });
      if (!data) return;
      const deployed = data.deployDefinition;
      setServerProblems(deployed.problems ?? []);
      void message.success(
        deployed.created === false
          ? t('builder.unchanged', { version: deployed.version })
          : t('builder.published', { key: deployed.key, version: deployed.version }),
      );
      if (key === undefined) void navigate(`/design/reports/${encodeURIComponent(deployed.key)}`, { replace: true });
    } catch (failure) {
      // DEFINITION_INVALID carries the problems: shown beside the form (the error link told the code).
      setServerProblems([...toApiError(failure).problems]);
    }
  };

  if (error) return <Alert type="error" showIcon message={t(errorMessageKey(toApiError(error)))} />;
  if (loading) return <Skeleton active />;
  const kept = keptParts(draft);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="report-builder">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {key === undefined ? t('builder.titleNew') : t('builder.titleEdit', { key })}
        {report && <Typography.Text type="secondary"> v{report.version}</Typography.Text>}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small">
            <ReportDraftForm draft={draft} onChange={setDraft} datasets={datasets} keyFixed={key !== undefined} />
            {kept.length > 0 && (
              <Typography.Paragraph type="secondary">{t('builder.keptAsIs', { parts: kept.join(', ') })}</Typography.Paragraph>
            )}
            <Space wrap>
              <Button onClick={() => void validate()} data-testid="builder-validate">
                {t('builder.validate')}
              </Button>
              <Button type="primary" loading={deploying.loading} onClick={() => void publish()} data-testid="builder-publish">
                {t('builder.publish')}
              </Button>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <ProblemList title={t('builder.checkedHere')} problems={localProblems} testId="builder-local-problems" />
            {serverProblems && (
              <ProblemList title={t('builder.problems')} problems={serverProblems} testId="builder-server-problems" />
            )}
            <ReportPreviewPanel definition={definition} ready={dataset !== undefined} deployedKey={key} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
