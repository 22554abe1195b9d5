import { CheckCircleFilled } from '@ant-design/icons';
import { Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../work/format-time';
import type { TrackingStep } from './tracking-steps';

const COLOR = { done: 'green', current: 'blue', upcoming: 'gray' } as const;

/** The parcel-style road: ticked steps behind, the current one highlighted with its time, the rest ahead in grey. */
export function TrackingTimeline({ steps }: { steps: readonly TrackingStep[] }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <Timeline
      data-testid="tracking-timeline"
      items={steps.map((step) => ({
        key: step.status,
        color: COLOR[step.state],
        content: (
          <div data-status={step.status} data-state={step.state} className={`anxin-track-step is-${step.state}`}>
            {step.state === 'done' && <CheckCircleFilled aria-hidden className="anxin-track-tick" />}
            <Typography.Text
              strong={step.state === 'current'}
              type={step.state === 'upcoming' ? 'secondary' : undefined}
            >
              {english ? step.label.en : step.label.zh}
            </Typography.Text>
            {step.state === 'current' && (
              <Tag color="blue" className="anxin-track-now">
                {t('track.stepCurrent')}
              </Tag>
            )}
            {step.at && (
              <>
                <br />
                <Typography.Text type="secondary">{formatTime(step.at, i18n.language)}</Typography.Text>
              </>
            )}
          </div>
        ),
      }))}
    />
  );
}
