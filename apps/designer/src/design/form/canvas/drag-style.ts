import type { CSSProperties } from 'react';

/** The style of an item while dnd-kit drags it (a translation, scale ignored). */
export function dragStyle(
  transform: { x: number; y: number } | null,
  transition: string | undefined,
  dragging: boolean,
): CSSProperties {
  return {
    transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined,
    transition,
    opacity: dragging ? 0.6 : undefined,
    zIndex: dragging ? 10 : undefined,
    position: 'relative',
  };
}
