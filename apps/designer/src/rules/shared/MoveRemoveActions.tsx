import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/messages';

interface Props {
  /** Position of the item, and how many there are (the first cannot go up, the last not down). */
  index: number;
  count: number;
  disabled: boolean;
  /** Moves the item by one place: -1 up, 1 down. */
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  removeLabel: MessageKey;
  removeTestId?: string;
}

/** 上移 / 下移 / 删除 of one item of an ordered list: a decision table's rule, a strategy's step. */
export function MoveRemoveActions({ index, count, disabled, onMove, onRemove, removeLabel, removeTestId }: Props) {
  const { t } = useTranslation();
  return (
    <Space size={0}>
      <Button
        size="small"
        type="text"
        icon={<ArrowUpOutlined />}
        aria-label={t('rules.table.moveUp')}
        disabled={disabled || index === 0}
        onClick={() => onMove(-1)}
      />
      <Button
        size="small"
        type="text"
        icon={<ArrowDownOutlined />}
        aria-label={t('rules.table.moveDown')}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(1)}
      />
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={t(removeLabel)}
        data-testid={removeTestId}
        disabled={disabled}
        onClick={onRemove}
      />
    </Space>
  );
}
