import { BpmnModdle, type BpmnModdleInstance } from 'bpmn-moddle';
import { anxinModdle } from './anxin-moddle';

/** A bpmn-moddle that knows the `anxin` extension. */
export function createBpmnModdle(): BpmnModdleInstance {
  return BpmnModdle({ anxin: anxinModdle });
}
