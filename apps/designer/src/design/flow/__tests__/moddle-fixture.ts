import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { anxinModdle } from '@anxin/process-engine';
import type { ElementFactory, ModdleElement, PanelCommand } from '../properties/moddle-element.type';

interface TestModdle {
  fromXML(xml: string): Promise<{ rootElement: unknown; elementsById: Record<string, unknown> }>;
  toXML(element: unknown): Promise<{ xml: string }>;
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

export interface Fixture {
  moddle: TestModdle;
  factory: ElementFactory;
  root: unknown;
  byId: (id: string) => ModdleElement & { set(name: string, value: unknown): void };
  /** Runs commands the way bpmn-js' updateModdleProperties does: sets each property on its element. */
  apply: (commands: readonly PanelCommand[]) => void;
  xml: () => Promise<string>;
}

export function fixtureXml(name: string): string {
  return readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
}

export async function loadFixture(xml: string): Promise<Fixture> {
  const moddle = BpmnModdle({ anxin: anxinModdle }) as unknown as TestModdle;
  const { rootElement, elementsById } = await moddle.fromXML(xml);
  return {
    moddle,
    factory: { create: (type, attrs) => moddle.create(type, attrs ? { ...attrs } : undefined) },
    root: rootElement,
    byId: (id) => elementsById[id] as ModdleElement & { set(name: string, value: unknown): void },
    apply: (commands) => {
      for (const { context } of commands) {
        const target = context.moddleElement as ModdleElement & { set(name: string, value: unknown): void };
        for (const [name, value] of Object.entries(context.properties)) target.set(name, value);
      }
    },
    xml: async () => (await moddle.toXML(rootElement)).xml,
  };
}
