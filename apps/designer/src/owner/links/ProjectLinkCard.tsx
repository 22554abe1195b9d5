import { DownloadOutlined } from '@ant-design/icons';
import { textIn } from '@anxin/form-engine';
import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { QrCodeImage } from './QrCodeImage';
import type { LinkForm } from './project-link-forms';

interface Props {
  project: { id: string; code: string; name: string };
  form: LinkForm;
  url: string;
}

/** One project's repair link: the QR code, the link (copyable) and the QR code as a PNG to download and print. */
export function ProjectLinkCard({ project, form, url }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [png, setPng] = useState<string | null>(null);
  return (
    <Card size="small" title={project.name} data-testid={`repair-link-${project.code}`} data-project={project.id}>
      <Space orientation="vertical" align="center" style={{ width: '100%' }}>
        <QrCodeImage text={url} alt={t('repairLinks.qrAlt', { project: project.name })} onDrawn={setPng} />
        <Typography.Text type="secondary">
          {t('repairLinks.form', { title: textIn(form.title, locale) })}
        </Typography.Text>
        <Typography.Text copyable={{ text: url, tooltips: [t('repairLinks.copy'), t('repairLinks.copied')] }}>
          <a href={url} data-testid="repair-link-url">
            {url}
          </a>
        </Typography.Text>
        <Button
          icon={<DownloadOutlined />}
          href={png ?? undefined}
          download={`${project.code}-${form.key}.png`}
          disabled={!png}
          data-testid="repair-link-download"
        >
          {t('repairLinks.download')}
        </Button>
      </Space>
    </Card>
  );
}
