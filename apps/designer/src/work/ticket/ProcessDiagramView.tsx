import { Alert } from 'antd';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enclosingSubProcesses, withAutoLayout } from '../process/bpmn-auto-layout';
import type { ProcessDiagram } from '../process/process.operations';
import './process-diagram.css';

interface Canvas {
  zoom: (level: 'fit-viewport' | number) => void;
  addMarker: (elementId: string, marker: string) => void;
  scrollToElement: (element: unknown, padding?: number) => void;
}
interface ElementRegistry {
  get: (id: string) => unknown;
}

/**
 * The instance's BPMN in bpmn-js' NavigatedViewer (pan, zoom; a sub-process opens with a click): done steps green,
 * current steps blue (and the sub-processes around them). Models without a diagram get an automatic layout.
 */
export function ProcessDiagramView({ diagram }: { diagram: ProcessDiagram }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const viewer = new NavigatedViewer({ container: container.current });
    let cancelled = false;
    viewer.importXML(withAutoLayout(diagram.xml)).then(
      () => {
        if (cancelled) return;
        const canvas = viewer.get<Canvas>('canvas');
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        const mark = (ids: readonly string[], marker: string) =>
          ids.filter((id) => registry.get(id)).forEach((id) => canvas.addMarker(id, marker));
        const enclosing = enclosingSubProcesses(diagram.xml);
        const around = (ids: readonly string[]) => [
          ...new Set(ids.flatMap((id) => [id, ...(enclosing.get(id) ?? [])])),
        ];
        const active = around(diagram.activeElementIds);
        mark(
          around(diagram.completedElementIds).filter((id) => !active.includes(id)),
          'anxin-done',
        );
        mark(active, 'anxin-active');
        // A whole process is too small to read on a phone: the current step at a readable size, the rest by panning.
        canvas.zoom('fit-viewport');
        // Only a top-level element: scrolling to one inside a sub-process would switch to that sub-process's plane.
        const current = active
          .filter((id) => !enclosing.has(id))
          .map((id) => registry.get(id))
          .find(Boolean);
        if (current) {
          canvas.zoom(0.8);
          canvas.scrollToElement(current, 100);
        }
      },
      (error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
      viewer.destroy();
    };
  }, [diagram]);

  if (failure) return <Alert type="warning" showIcon message={t('ticket.diagramFailed', { message: failure })} />;
  return <div ref={container} className="anxin-diagram" data-testid="process-diagram" />;
}
