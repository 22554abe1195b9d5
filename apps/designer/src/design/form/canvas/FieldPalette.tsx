import { useDraggable } from '@dnd-kit/core';
import type { FieldTypeInfo } from '@anxin/form-engine';
import { Button, Divider, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { paletteDragId } from './canvas-drop';
import { dragStyle } from './drag-style';
import { useFieldTypeName } from './useFieldTypeName';

interface Props {
  types: readonly FieldTypeInfo[];
  onAdd: (info: FieldTypeInfo) => void;
}

function PaletteItem({ info, onAdd }: { info: FieldTypeInfo; onAdd: Props['onAdd'] }) {
  const { t } = useTranslation();
  const typeName = useFieldTypeName();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: paletteDragId(info.type) });
  const name = typeName(info.type);
  return (
    <Button
      ref={setNodeRef}
      size="small"
      title={info.summary}
      aria-label={t('formDesigner.paletteAdd', { type: name })}
      data-testid={`palette-${info.type}`}
      style={{ ...dragStyle(transform, undefined, isDragging), cursor: 'grab' }}
      {...attributes}
      {...listeners}
      // A click (or Enter on the focused entry) adds the field at the end: phones and keyboards need no drag.
      onClick={() => onAdd(info)}
    >
      {name}
    </Button>
  );
}

/** Every field type of the form engine (`listFieldTypes`), value types first, then layout. */
export function FieldPalette({ types, onAdd }: Props) {
  const { t } = useTranslation();
  const groups = [types.filter((info) => info.holdsValue), types.filter((info) => !info.holdsValue)];
  return (
    <div data-testid="field-palette">
      <Typography.Title level={5}>{t('formDesigner.palette')}</Typography.Title>
      {groups.map((group, index) => (
        <div key={index}>
          {index > 0 && <Divider size="small" />}
          <Flex wrap gap={6}>
            {group.map((info) => (
              <PaletteItem key={info.type} info={info} onAdd={onAdd} />
            ))}
          </Flex>
        </div>
      ))}
    </div>
  );
}
