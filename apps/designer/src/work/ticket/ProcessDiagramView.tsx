import { Alert } from 'antd';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDiagram } from '../process/process.operations';
import './process-diagram.css';

interface Canvas {
  zoom: (level: 'fit-viewport') => void;
  addMarker: (elementId: string, marker: string) => void;
}
interface ElementRegistry {
  get: (id: string) => unknown;
}

/** The instance's BPMN in bpmn-js' NavigatedViewer (pan, zoom); done steps green, current steps blue. */
export function ProcessDiagramView({ diagram }: { diagram: ProcessDiagram }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const viewer = new NavigatedViewer({ container: container.current });
    let cancelled = false;
    viewer.importXML(diagram.xml).then(
      () => {
        if (cancelled) return;
        const canvas = viewer.get<Canvas>('canvas');
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        const mark = (ids: readonly string[], marker: string) =>
          ids.filter((id) => registry.get(id)).forEach((id) => canvas.addMarker(id, marker));
        mark(diagram.completedElementIds, 'anxin-done');
        mark(diagram.activeElementIds, 'anxin-active');
        canvas.zoom('fit-viewport');
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
