// bpmn-moddle ships types for the BPMN elements only (`bpmn-moddle/types`), not for its entry point: the slice the
// reader uses. Elements stay `unknown` here; `parsing/moddle-element.ts` narrows them.
declare module 'bpmn-moddle' {
  /** A finding of the lax XML reader: unknown attributes and types, duplicate ids, unresolved references. */
  export interface ModdleWarning {
    readonly message: string;
    readonly element?: unknown;
    readonly property?: string;
    readonly value?: unknown;
    readonly error?: unknown;
  }

  export interface ModdleParseResult {
    readonly rootElement: unknown;
    readonly warnings: readonly ModdleWarning[];
    readonly elementsById: Readonly<Record<string, unknown>>;
  }

  export interface BpmnModdleInstance {
    fromXML(xml: string, typeName?: string, options?: Readonly<Record<string, unknown>>): Promise<ModdleParseResult>;
  }

  /** Creates a moddle with the BPMN packages plus `additionalPackages` (e.g. `{ anxin: anxinModdle }`). */
  export function BpmnModdle(
    additionalPackages?: Readonly<Record<string, unknown>>,
    options?: Readonly<Record<string, unknown>>,
  ): BpmnModdleInstance;
}
