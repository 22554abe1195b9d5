import type Modeler from 'bpmn-js/lib/Modeler';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withAutoLayout } from '../../../work/process/bpmn-auto-layout';
import type { FlowPanelContext } from '../properties/flow-panel-context';
import { createFlowModeler } from './create-flow-modeler';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Canvas {
  zoom(level: 'fit-viewport'): void;
  viewbox(): { scale: number; inner: Box; outer: Box };
  viewbox(box: Box): void;
}

/**
 * Creates the modeler in the two divs and opens `xml` in it (laid out when it has no diagram). `failure` is the
 * import error, shown instead of an empty canvas.
 */
export function useFlowModeler(xml: string, context: FlowPanelContext) {
  const canvas = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [modeler, setModeler] = useState<Modeler | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!canvas.current || !panel.current) return;
    const created = createFlowModeler({ canvas: canvas.current, panel: panel.current, context });
    let cancelled = false;
    created.importXML(withAutoLayout(xml)).then(
      () => {
        if (cancelled) return;
        // A long process fitted whole is unreadable: its start at a readable size, the rest by scrolling.
        const view = created.get<Canvas>('canvas');
        view.zoom('fit-viewport');
        const { scale, inner, outer } = view.viewbox();
        if (scale < 0.6) {
          view.viewbox({ x: inner.x - 40, y: inner.y - 40, width: outer.width / 0.8, height: outer.height / 0.8 });
        }
        setModeler(created);
      },
      (error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
      // bpmn-js-properties-panel leaves its Preact tree mounted on destroy: unmounted here, so the React roots of
      // our entries (and their antd popups) go with the modeler.
      created.get<{ _destroy(): void }>('propertiesPanel')._destroy();
      created.destroy();
    };
  }, [xml, context]);

  // The header's language switch: bpmn-js redraws its palette, context pad and panel in place (same XML, same
  // command stack: undo still works across the switch).
  const { i18n } = useTranslation();
  const drawnIn = useRef(i18n.language);
  useEffect(() => {
    if (!modeler || drawnIn.current === i18n.language) return;
    drawnIn.current = i18n.language;
    modeler.get<{ changed(): void }>('i18n').changed();
  }, [modeler, i18n.language]);

  return { canvas, panel, modeler, failure };
}
