import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MessageKey } from '../i18n/messages';

const AREAS: Readonly<Record<string, MessageKey>> = {
  flows: 'nav.flows',
  forms: 'nav.forms',
  rules: 'nav.rules',
  reports: 'nav.reports',
};

/** The designer areas of issue #10 not built yet: said plainly, nothing pretends to work. */
export function ComingSoonPage() {
  const { t } = useTranslation();
  const { area = '' } = useParams();
  const label = AREAS[area];
  return (
    <Result
      status="info"
      title={t('coming.title')}
      subTitle={t('coming.body', { name: label ? t(label) : area })}
      data-testid="coming-soon"
    />
  );
}
