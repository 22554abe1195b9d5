import { h } from '@bpmn-io/properties-panel/preact';
import { useEffect, useRef } from '@bpmn-io/properties-panel/preact/hooks';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/**
 * A properties-panel entry (Preact) that hosts a React element: the rule builder and the tables are the app's own
 * React components. The element is re-rendered with each panel render, so it always shows the current model.
 */
export function ReactEntry(props: { id: string; render: () => ReactNode }) {
  const host = useRef<HTMLDivElement>(null);
  const root = useRef<Root | null>(null);
  useEffect(() => {
    root.current = createRoot(host.current!);
    return () => {
      const mounted = root.current;
      root.current = null;
      // Not while React may be rendering (the panel unmounts from bpmn-js events): on the next task.
      void Promise.resolve().then(() => mounted?.unmount());
    };
  }, []);
  useEffect(() => {
    root.current?.render(props.render());
  });
  return h('div', { ref: host, class: 'bio-properties-panel-entry anxin-react-entry', 'data-entry-id': props.id });
}
