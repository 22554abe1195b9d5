import type { FieldType, FormDefinition } from '@anxin/form-engine';
import { findField, type Container, type Placement } from '../model/form-edits';

// Drag ids: a field is its key (keys never hold ':'); palette entries and container ends are prefixed.
const PALETTE = 'palette:';
const CONTAINER = 'container:';

export const paletteDragId = (type: FieldType): string => `${PALETTE}${type}`;
export const containerDropId = (container: Container): string => `${CONTAINER}${container ?? ''}`;

/** What a drop does: a palette entry adds a field of its type, a field moves. */
export type DropPlan = { kind: 'add'; type: FieldType; at: Placement } | { kind: 'move'; key: string; to: Placement };

function placementOver(form: FormDefinition, overId: string): Placement | undefined {
  if (overId.startsWith(CONTAINER)) {
    const container = overId.slice(CONTAINER.length);
    return { container: container === '' ? null : container };
  }
  const over = findField(form, overId);
  return over && { container: over.container, index: over.index };
}

/**
 * The edit a drag ends with: dropped on a field, the dragged one takes its place (as dnd-kit's sortable shows it);
 * dropped on a container's free space, it goes to the end. `undefined`: nothing to do.
 */
export function planDrop(form: FormDefinition, activeId: string, overId: string | undefined): DropPlan | undefined {
  if (overId === undefined || overId === activeId) return undefined;
  const at = placementOver(form, overId);
  if (!at) return undefined;
  if (activeId.startsWith(PALETTE)) return { kind: 'add', type: activeId.slice(PALETTE.length) as FieldType, at };
  return findField(form, activeId) ? { kind: 'move', key: activeId, to: at } : undefined;
}
