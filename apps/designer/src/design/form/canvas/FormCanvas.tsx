import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { textIn, type FieldDefinition, type FormDefinition } from '@anxin/form-engine';
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import type { Container } from '../model/form-edits';
import type { CanvasActions } from './canvas-actions.type';
import { containerDropId } from './canvas-drop';
import { FieldCard } from './FieldCard';

interface Props {
  form: FormDefinition;
  actions: CanvasActions;
}

function DropZone({ container, empty, children }: { container: Container; empty: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: containerDropId(container) });
  return (
    <div
      ref={setNodeRef}
      className={`anxin-canvas-zone${isOver ? ' anxin-canvas-zone-over' : ''}`}
      data-testid={`canvas-zone-${container ?? 'form'}`}
    >
      {children}
      {/* The end of the container: drop here to append; says what to do while it is empty. */}
      <Typography.Text type="secondary" className="anxin-canvas-hint">
        {empty}
      </Typography.Text>
    </div>
  );
}

/** The form's fields as sortable cards; a section is a card holding its own sortable list. */
export function FormCanvas({ form, actions }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sections = form.fields.flatMap((field) =>
    field.type === 'section' ? [{ key: field.key, label: textIn(field.label, locale) || field.key }] : [],
  );

  const renderList = (fields: readonly FieldDefinition[], container: Container) => (
    <SortableContext items={fields.map((field) => field.key)} strategy={verticalListSortingStrategy}>
      {fields.map((field, index) => (
        <FieldCard
          key={field.key}
          field={field}
          container={container}
          first={index === 0}
          last={index === fields.length - 1}
          sections={field.type === 'section' ? [] : sections}
          actions={actions}
        >
          {field.type === 'section' && (
            <DropZone container={field.key} empty={field.fields.length === 0 ? t('formDesigner.sectionEmpty') : ''}>
              {renderList(field.fields, field.key)}
            </DropZone>
          )}
        </FieldCard>
      ))}
    </SortableContext>
  );

  return (
    <div data-testid="form-canvas" onClick={() => actions.select(undefined)}>
      <Typography.Title level={5}>{textIn(form.title, locale) || t('formDesigner.canvas')}</Typography.Title>
      <DropZone container={null} empty={form.fields.length === 0 ? t('formDesigner.canvasEmpty') : ''}>
        {renderList(form.fields, null)}
      </DropZone>
    </div>
  );
}
