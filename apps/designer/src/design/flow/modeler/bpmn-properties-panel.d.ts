// bpmn-js-properties-panel and @bpmn-io/properties-panel ship no types: the slice the flow designer uses.
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: Record<string, unknown>;
  export const BpmnPropertiesProviderModule: Record<string, unknown>;
  /** A bpmn-js service inside a panel component (`modeling`, `commandStack`, `bpmnFactory`, …). */
  export function useService<T>(name: string): T;
}

declare module '@bpmn-io/properties-panel' {
  import type { FunctionComponent } from '@bpmn-io/properties-panel/preact';

  export interface EntryProps<T = string> {
    id: string;
    element: unknown;
    label: string;
    description?: string;
    getValue: (element: unknown) => T;
    setValue: (value: T) => void;
    debounce?: (fn: (value: T) => void) => (value: T) => void;
    getOptions?: (element: unknown) => { value: string; label: string }[];
  }
  export const TextFieldEntry: FunctionComponent<EntryProps>;
  export const TextAreaEntry: FunctionComponent<EntryProps>;
  export const SelectEntry: FunctionComponent<EntryProps>;
  export function isTextFieldEntryEdited(node: unknown): boolean;
  export function isSelectEntryEdited(node: unknown): boolean;
}
