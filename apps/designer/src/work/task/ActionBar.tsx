import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionSet, TaskAction } from './available-actions';

const DANGER: ReadonlySet<TaskAction> = new Set(['reject']);

interface Props {
  actions: ActionSet;
  busy: TaskAction | null;
  onAction: (action: TaskAction) => void;
}

/** The task's buttons: the main ones full width at the bottom of a phone screen, the others under 更多. */
export function ActionBar({ actions, busy, onAction }: Props) {
  const { t } = useTranslation();
  if (actions.primary.length === 0 && actions.more.length === 0) return null;
  return (
    <div className="anxin-action-bar" data-testid="action-bar">
      <Space.Compact block>
        {actions.primary.map((action, index) => (
          <Button
            key={action}
            data-testid={`action-${action}`}
            type={index === 0 && !DANGER.has(action) ? 'primary' : 'default'}
            danger={DANGER.has(action)}
            size="large"
            block
            loading={busy === action}
            disabled={busy !== null && busy !== action}
            onClick={() => onAction(action)}
          >
            {t(`action.${action}`)}
          </Button>
        ))}
        {actions.more.length > 0 && (
          <Dropdown
            trigger={['click']}
            menu={{
              items: actions.more.map((action) => ({
                key: action,
                label: <span data-testid={`action-${action}`}>{t(`action.${action}`)}</span>,
              })),
              onClick: ({ key }) => onAction(key as TaskAction),
            }}
          >
            <Button size="large" data-testid="action-more" disabled={busy !== null}>
              {t('action.more')} <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </Space.Compact>
    </div>
  );
}
