import type { FormDefinition, Locale } from '@anxin/form-engine';
import { useService } from 'bpmn-js-properties-panel';
import { i18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import type { ElementFactory, ModdleElement, PanelCommand } from './moddle-element.type';

/** What the anxin entries need from the app, given to bpmn-js as the `anxinFlowContext` service. */
export interface FlowPanelContext {
  processKey: string;
  /** The latest version of every deployed form (binding, field permissions, condition variables). */
  forms: readonly FormDefinition[];
  /** Keys of the deployed business calendars. */
  calendars: readonly string[];
  /** The deployed ASSIGNMENT strategies (分派策略), with their names. */
  assignments: readonly { key: string; name: string }[];
  /** Keys of the deployed dictionaries (a ticket's statuses). */
  dictionaries: readonly string[];
}

/** A diagram element as the panel passes it. */
export interface DiagramElement {
  id: string;
  businessObject: ModdleElement;
}

export function label(key: MessageKey, options?: Record<string, string>): string {
  return i18n.t(key, options);
}

export function locale(): Locale {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** Runs an edit as one command (one undo step); nothing to do is no command. */
export function useRunCommands(): (commands: readonly PanelCommand[]) => void {
  const commandStack = useService<{ execute(name: string, context: unknown): void }>('commandStack');
  return (commands) => {
    if (commands.length > 0) commandStack.execute('properties-panel.multi-command-executor', commands);
  };
}

export function useFactory(): ElementFactory {
  return useService<ElementFactory>('bpmnFactory');
}

export function useFlowContext(): FlowPanelContext {
  return useService<FlowPanelContext>('anxinFlowContext');
}

export function useDebounce<T>(): (fn: (value: T) => void) => (value: T) => void {
  return useService<(fn: (value: T) => void) => (value: T) => void>('debounceInput');
}
