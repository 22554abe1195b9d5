import type { JsonLogicRule } from '../../../rules/rule-builder.types';
import { extensionsOf, replaceExtensions } from './extension-elements';
import { type ElementFactory, type ModdleElement, type PanelCommand, textOf, update } from './moddle-element.type';

/** What a sequence flow's `conditionExpression` holds: nothing, a JSONLogic rule, or text that is not one. */
export type FlowCondition =
  { kind: 'none' } | { kind: 'rule'; rule: JsonLogicRule } | { kind: 'unreadable'; text: string };

export function readCondition(bo: ModdleElement): FlowCondition {
  const expression = bo.get('conditionExpression') as ModdleElement | undefined;
  const body = expression?.get('body');
  if (typeof body !== 'string' || body.trim() === '') return { kind: 'none' };
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'boolean' || (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))) {
      return { kind: 'rule', rule: parsed as JsonLogicRule };
    }
  } catch {
    // Not JSON: shown as text so the author sees what the engine will refuse.
  }
  return { kind: 'unreadable', text: body };
}

/** Sets the condition as a `language="jsonlogic"` expression; `undefined` removes it. */
export function setCondition(options: {
  element: unknown;
  bo: ModdleElement;
  rule: JsonLogicRule | undefined;
  factory: ElementFactory;
}): PanelCommand[] {
  const { element, bo, rule, factory } = options;
  if (rule === undefined) return [update(element, bo, { conditionExpression: undefined })];
  const expression = factory.create('bpmn:FormalExpression', { language: 'jsonlogic', body: JSON.stringify(rule) });
  expression.$parent = bo;
  return [update(element, bo, { conditionExpression: expression })];
}

/** Whether a flow may carry a condition: it leaves an exclusive or inclusive gateway, or an activity. */
export function canHaveCondition(bo: ModdleElement): boolean {
  const source = bo.get('sourceRef') as ModdleElement | undefined;
  if (!source) return false;
  if (source.$type === 'bpmn:ExclusiveGateway' || source.$type === 'bpmn:InclusiveGateway') return true;
  return /Task$|^bpmn:SubProcess$|^bpmn:CallActivity$/.test(source.$type);
}

/** An `<anxin:input>` / `<anxin:output>`: `target` gets what the rule `body` evaluates to. */
export interface Mapping {
  target: string;
  body: string;
}
export type MappingType = 'anxin:Input' | 'anxin:Output';

export function readMappings(bo: ModdleElement, type: MappingType): Mapping[] {
  return extensionsOf(bo, type).map((mapping) => ({
    target: textOf(mapping.get('target')),
    body: textOf(mapping.get('body')),
  }));
}

export function setMappings(options: {
  element: unknown;
  bo: ModdleElement;
  type: MappingType;
  mappings: readonly Mapping[];
  factory: ElementFactory;
}): PanelCommand[] {
  const { element, bo, type, mappings, factory } = options;
  const next = mappings.map((mapping) => factory.create(type, { target: mapping.target, body: mapping.body }));
  return replaceExtensions({ element, bo, type, next, factory });
}

/** Which of a timer's three forms is set. */
export type TimerKind = 'timeDuration' | 'timeDate' | 'timeCycle';
export const TIMER_KINDS: readonly TimerKind[] = ['timeDuration', 'timeDate', 'timeCycle'];

export interface TimerSpec {
  kind: TimerKind;
  /** ISO 8601 text, or a JSONLogic rule (text starting with `{`) returning it. */
  body: string;
}

export function timerDefinitionOf(bo: ModdleElement): ModdleElement | undefined {
  const definitions = (bo.get('eventDefinitions') as ModdleElement[] | undefined) ?? [];
  return definitions.find((definition) => definition.$type === 'bpmn:TimerEventDefinition');
}

export function readTimer(timer: ModdleElement): TimerSpec {
  for (const kind of TIMER_KINDS) {
    const expression = timer.get(kind) as ModdleElement | undefined;
    if (expression) return { kind, body: textOf(expression.get('body')) };
  }
  return { kind: 'timeDuration', body: '' };
}

/** Sets the timer's one form (the other two are cleared, as the engine reads only one). */
export function setTimer(options: {
  element: unknown;
  timer: ModdleElement;
  spec: TimerSpec;
  factory: ElementFactory;
}): PanelCommand[] {
  const { element, timer, spec, factory } = options;
  const properties: Record<string, unknown> = { timeDuration: undefined, timeDate: undefined, timeCycle: undefined };
  if (spec.body.trim() !== '') {
    const expression = factory.create('bpmn:FormalExpression', { body: spec.body.trim() });
    expression.$parent = timer;
    properties[spec.kind] = expression;
  }
  return [update(element, timer, properties)];
}
