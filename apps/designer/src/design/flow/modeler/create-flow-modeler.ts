import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import { anxinModdle } from '@anxin/process-engine';
import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import { anxinPropertiesModule } from '../properties/anxin-properties.provider';
import type { FlowPanelContext } from '../properties/flow-panel-context';
import { assignmentStepModule } from '../assignment-step/insert-assignment-step.handler';
import { languageRefreshModule } from './language-refresh.module';
import { translateModule } from './translate.module';

/**
 * The bpmn-js Modeler of the flow designer: the `anxin` moddle extension (the engine's own descriptor, so both
 * read and write the same XML), the properties panel with our anxin groups, and Chinese or English labels.
 */
export function createFlowModeler(options: {
  canvas: HTMLElement;
  panel: HTMLElement;
  context: FlowPanelContext;
}): Modeler {
  return new Modeler({
    container: options.canvas,
    propertiesPanel: { parent: options.panel },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      anxinPropertiesModule,
      translateModule,
      languageRefreshModule,
      assignmentStepModule,
      { anxinFlowContext: ['value', options.context] },
    ],
    moddleExtensions: { anxin: anxinModdle },
  });
}
