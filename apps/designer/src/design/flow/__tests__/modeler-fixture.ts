import Modeler from 'bpmn-js/lib/Modeler';
import type { ModuleDeclaration } from 'didi';
import { anxinModdle } from '@anxin/process-engine';
import { withAutoLayout } from '../../../work/process/bpmn-auto-layout';
import { polyfillSvgGeometry } from './svg-geometry.polyfill';

/** A real bpmn-js Modeler in jsdom with the anxin descriptor and `modules`, `xml` opened (laid out if needed). */
export async function openModeler(xml: string, modules: ModuleDeclaration[]): Promise<Modeler> {
  polyfillSvgGeometry();
  const container = document.createElement('div');
  document.body.appendChild(container);
  const modeler = new Modeler({ container, additionalModules: modules, moddleExtensions: { anxin: anxinModdle } });
  await modeler.importXML(withAutoLayout(xml));
  return modeler;
}
