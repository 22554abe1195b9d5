import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskSummary } from './task.operations';

const COLORS: Record<TaskSummary['status'], string> = {
  open: 'processing',
  delegated: 'purple',
  completed: 'success',
  cancelled: 'default',
};

export function TaskStatusTag({ status }: { status: TaskSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`task.status.${status}`)}
    </Tag>
  );
}
