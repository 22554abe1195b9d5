import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import { PICKER_PROJECTS } from '../../forms/form-data.operations';
import { linkForms, projectLinkUrl } from './project-link-forms';
import { LINK_FORMS } from './project-links.operations';
import { ProjectLinkCard } from './ProjectLinkCard';

/**
 * 报修二维码 (staff): each project of the caller's scope with its public repair link and QR code, for every form
 * that starts a process and chooses a project. The owner who scans it signs in and finds the project filled in.
 */
export function ProjectLinksPage() {
  const { t } = useTranslation();
  const projects = useQuery(PICKER_PROJECTS);
  const forms = useQuery(LINK_FORMS);
  const linkable = useMemo(() => linkForms(forms.data?.definitions ?? []), [forms.data]);
  const error = projects.error ?? forms.error;

  if (error) return <Alert type="error" showIcon message={t(errorMessageKey(toApiError(error)))} />;
  if (!projects.data || !forms.data) return <Skeleton active />;
  const cards = projects.data.projects.flatMap((project) =>
    linkable.map((form) => ({ project, form, url: projectLinkUrl(window.location.origin, form, project.id) })),
  );
  return (
    <Card title={t('repairLinks.title')} size="small" data-testid="repair-links">
      <Typography.Paragraph type="secondary">{t('repairLinks.intro')}</Typography.Paragraph>
      {cards.length === 0 ? (
        <Empty description={t('repairLinks.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          {cards.map(({ project, form, url }) => (
            <Col key={`${project.id}-${form.key}`} xs={24} md={12} xl={8}>
              <ProjectLinkCard project={project} form={form} url={url} />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
