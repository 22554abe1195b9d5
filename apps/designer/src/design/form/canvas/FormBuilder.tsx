import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { listFieldTypes, type FieldTypeInfo } from '@anxin/form-engine';
import { Col, Row } from 'antd';
import { useMemo } from 'react';
import type { FormEditor } from '../useFormEditor';
import type { CanvasActions } from './canvas-actions.type';
import { planDrop } from './canvas-drop';
import { FieldPalette } from './FieldPalette';
import { FormCanvas } from './FormCanvas';
import type { PointedProblem } from '../model/problem-locations';
import type { Placement } from '../model/form-edits';

interface Props {
  editor: FormEditor;
  problems: Readonly<Record<string, readonly PointedProblem[]>>;
  /** Adds a new field of the type (its key and texts are the page's business). */
  onAdd: (info: FieldTypeInfo, at: Placement) => void;
}

/**
 * The palette and the canvas in one drag-and-drop context: a palette entry dropped on the canvas adds a field, a
 * card dragged moves it (pointer, touch after a short press, or the keyboard: space, arrows, space).
 */
export function FormBuilder({ editor, problems, onAdd }: Props) {
  const types = useMemo(() => listFieldTypes(), []);
  const sensors = useSensors(
    // A few pixels before a drag starts, so a click on a palette entry or a card still clicks.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const plan = planDrop(editor.form, String(active.id), over === null ? undefined : String(over.id));
    if (!plan) return;
    if (plan.kind === 'move') editor.move(plan.key, plan.to);
    else {
      const info = types.find((candidate) => candidate.type === plan.type);
      if (info) onAdd(info, plan.at);
    }
  };

  const actions: CanvasActions = {
    selected: editor.selected,
    select: editor.select,
    move: editor.move,
    shift: editor.shift,
    remove: editor.remove,
    problems,
  };

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <Row gutter={12}>
        <Col xs={24} md={7}>
          <FieldPalette types={types} onAdd={(info) => onAdd(info, { container: null })} />
        </Col>
        <Col xs={24} md={17}>
          <FormCanvas form={editor.form} actions={actions} />
        </Col>
      </Row>
    </DndContext>
  );
}
