import type { ModdleElement } from '../moddle-element';
import { idOf } from '../moddle-element';
import { report, type ReadContext } from './read-context';

/** What to use instead, for the BPMN types people reach for most. */
const ALTERNATIVES: Readonly<Record<string, string>> = {
  'bpmn:ScriptTask': 'use a service task with anxin:action',
  'bpmn:SendTask': 'use a service task with anxin:action',
  'bpmn:Task': 'use a user task or a service task with anxin:action',
  'bpmn:ManualTask': 'use a user task',
  'bpmn:ReceiveTask': 'use an intermediate message catch event',
  'bpmn:ComplexGateway': 'use an inclusive gateway',
  'bpmn:Transaction': 'use an embedded sub-process',
  'bpmn:AdHocSubProcess': 'use an embedded sub-process',
  'bpmn:SubProcess': 'use boundary events on an embedded sub-process instead of an event sub-process',
  'bpmn:StandardLoopCharacteristics': 'use multiInstanceLoopCharacteristics',
};

export interface UnsupportedInput {
  /** The element the problem is reported on. */
  readonly el: ModdleElement;
  /** The unsupported BPMN type: the element's own, or an event definition or loop characteristics inside it. */
  readonly type: string;
  readonly path?: string;
  /** Replaces the default "use …" advice. */
  readonly advice?: string;
}

/** Reports `element.unsupported`, naming the BPMN type and what to use instead. */
export function reportUnsupported(input: UnsupportedInput, ctx: ReadContext): void {
  const { el, type, path = '' } = input;
  const advice = input.advice ?? ALTERNATIVES[type];
  const where = type.startsWith(el.$type) ? '' : ` on ${el.$type}`;
  const message = `${type}${where} is not supported${advice === undefined ? '.' : `; ${advice}.`}`;
  report(ctx, { code: 'element.unsupported', elementId: idOf(el), path, message });
}
