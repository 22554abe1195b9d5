import type Modeler from 'bpmn-js/lib/Modeler';
import { useEffect, useRef, useState } from 'react';
import { withAutoLayout } from '../../../work/process/bpmn-auto-layout';
import type { FlowPanelContext } from '../properties/flow-panel-context';
import { createFlowModeler } from './create-flow-modeler';

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
        created.get<{ zoom(level: string): void }>('canvas').zoom('fit-viewport');
        setModeler(created);
      },
      (error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
      created.destroy();
    };
  }, [xml, context]);

  return { canvas, panel, modeler, failure };
}
