import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EyeInvisibleOutlined,
  HolderOutlined,
} from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { textIn, type FieldDefinition } from '@anxin/form-engine';
import { Badge, Button, Flex, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import type { Container } from '../model/form-edits';
import type { CanvasActions } from './canvas-actions.type';
import { dragStyle } from './drag-style';
import { useFieldTypeName } from './useFieldTypeName';

interface Props {
  field: FieldDefinition;
  container: Container;
  first: boolean;
  last: boolean;
  /** Sections a field may be moved into (none for a section itself). */
  sections: readonly { key: string; label: string }[];
  actions: CanvasActions;
  children?: ReactNode;
}

/** One field on the canvas: drag handle, label, type and key, its rule marks and problems, and move/remove buttons. */
export function FieldCard({ field, container, first, last, sections, actions, children }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const typeName = useFieldTypeName();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: field.key });
  const selected = actions.selected === field.key;
  const problems = actions.problems[field.key] ?? [];
  const required = 'required' in field && field.required !== undefined && field.required !== false;
  const label = textIn(field.label, locale) || field.key;

  return (
    <div
      ref={setNodeRef}
      style={dragStyle(transform, transition, isDragging)}
      data-testid={`canvas-field-${field.key}`}
      data-selected={selected}
      className={`anxin-canvas-field${selected ? ' anxin-canvas-field-selected' : ''}`}
      onClick={(event) => {
        event.stopPropagation();
        actions.select(field.key);
      }}
    >
      <Flex align="center" gap={8} wrap>
        <Button
          type="text"
          size="small"
          icon={<HolderOutlined />}
          aria-label={label}
          style={{ cursor: 'grab' }}
          {...attributes}
          {...listeners}
        />
        <Badge count={problems.length} size="small" data-testid={`canvas-problems-${field.key}`}>
          <Typography.Text strong>
            {required && <span className="anxin-required-mark">*</span>}
            {label}
          </Typography.Text>
        </Badge>
        <Tag>{typeName(field.type)}</Tag>
        <Typography.Text type="secondary" code>
          {field.key}
        </Typography.Text>
        {field.visibleIf !== undefined && (
          <Tooltip title={t('formDesigner.prop.visibleIf')}>
            <EyeInvisibleOutlined data-testid={`canvas-conditional-${field.key}`} />
          </Tooltip>
        )}
        <Space size={2} style={{ marginLeft: 'auto' }} onClick={(event) => event.stopPropagation()}>
          {field.type !== 'section' && sections.length > 0 && (
            <Select
              size="small"
              style={{ minWidth: 110 }}
              aria-label={t('formDesigner.group')}
              data-testid={`group-${field.key}`}
              value={container ?? ''}
              options={[
                { value: '', label: t('formDesigner.noGroup') },
                ...sections.map((s) => ({ value: s.key, label: s.label })),
              ]}
              onChange={(value: string) => actions.move(field.key, { container: value === '' ? null : value })}
            />
          )}
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            disabled={first}
            aria-label={t('formDesigner.moveUp')}
            data-testid={`move-up-${field.key}`}
            onClick={() => actions.shift(field.key, -1)}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            disabled={last}
            aria-label={t('formDesigner.moveDown')}
            data-testid={`move-down-${field.key}`}
            onClick={() => actions.shift(field.key, 1)}
          />
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('formDesigner.remove')}
            data-testid={`remove-${field.key}`}
            onClick={() => actions.remove(field.key)}
          />
        </Space>
      </Flex>
      {children}
    </div>
  );
}
