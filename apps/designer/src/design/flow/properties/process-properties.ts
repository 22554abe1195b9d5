import { extensionsOf, replaceExtensions } from './extension-elements';
import { type ElementFactory, type ModdleElement, type PanelCommand, textOf, update } from './moddle-element.type';

/** The types an `<anxin:variable>` may declare (docs/definitions/bpmn.md). */
export const VARIABLE_TYPES = ['string', 'number', 'boolean', 'date', 'array', 'object'] as const;
/** Only these may be indexed (copied into a typed column of the instance). */
export const INDEXABLE_TYPES: readonly string[] = ['string', 'number', 'date'];

/** An `<anxin:variable name type index>` of the process. */
export interface VariableSpec {
  name: string;
  type: string;
  index: boolean;
}

export function readVariables(process: ModdleElement): VariableSpec[] {
  return extensionsOf(process, 'anxin:Variable').map((variable) => ({
    name: textOf(variable.get('name')),
    type: textOf(variable.get('type')) || 'string',
    index: variable.get('index') === true,
  }));
}

/** Replaces the declared variables (rows without a name are dropped; `index` only where the type allows it). */
export function setVariables(options: {
  element: unknown;
  process: ModdleElement;
  variables: readonly VariableSpec[];
  factory: ElementFactory;
}): PanelCommand[] {
  const { element, process, variables, factory } = options;
  const next = variables
    .filter((variable) => variable.name.trim() !== '')
    .map((variable) =>
      factory.create('anxin:Variable', {
        name: variable.name.trim(),
        type: variable.type,
        ...(variable.index && INDEXABLE_TYPES.includes(variable.type) ? { index: true } : {}),
      }),
    );
  return replaceExtensions({ element, bo: process, type: 'anxin:Variable', next, factory });
}

/** 撤销 is allowed unless `anxin:allowRevoke="false"` (the descriptor's default is true). */
export function readAllowRevoke(process: ModdleElement): boolean {
  return process.get('anxin:allowRevoke') !== false;
}

/** Allowing keeps the attribute out of the XML (the default); forbidding also drops the revoke condition. */
export function setAllowRevoke(element: unknown, process: ModdleElement, allow: boolean): PanelCommand[] {
  return [
    update(
      element,
      process,
      allow ? { 'anxin:allowRevoke': undefined } : { 'anxin:allowRevoke': false, 'anxin:revokeCondition': undefined },
    ),
  ];
}

/** `<anxin:projection field>rule</anxin:projection>`: a ticket field and the rule giving it. */
export interface ProjectionSpec {
  field: string;
  body: string;
}

/** `<anxin:ticket>`: instances of the process are tickets. */
export interface TicketSpec {
  prefix: string;
  statuses: string;
  completedStatus: string;
  revokedStatus: string;
  projections: ProjectionSpec[];
}

export function readTicket(process: ModdleElement): TicketSpec | undefined {
  const ticket = extensionsOf(process, 'anxin:Ticket')[0];
  if (!ticket) return undefined;
  const projections = (ticket.get('projections') as ModdleElement[] | undefined) ?? [];
  return {
    prefix: textOf(ticket.get('prefix')),
    statuses: textOf(ticket.get('statuses')),
    completedStatus: textOf(ticket.get('completedStatus')),
    revokedStatus: textOf(ticket.get('revokedStatus')),
    projections: projections.map((projection) => ({
      field: textOf(projection.get('field')),
      body: textOf(projection.get('body')),
    })),
  };
}

/** Sets (or with `undefined` removes) the ticket block; blank attributes are left out, as are nameless rows. */
export function setTicket(options: {
  element: unknown;
  process: ModdleElement;
  ticket: TicketSpec | undefined;
  factory: ElementFactory;
}): PanelCommand[] {
  const { element, process, ticket, factory } = options;
  if (!ticket) return replaceExtensions({ element, bo: process, type: 'anxin:Ticket', next: [], factory });
  const attributes: Record<string, string> = {};
  for (const name of ['prefix', 'statuses', 'completedStatus', 'revokedStatus'] as const) {
    if (ticket[name].trim() !== '') attributes[name] = ticket[name].trim();
  }
  const projections = ticket.projections
    .filter((projection) => projection.field.trim() !== '')
    .map((projection) => factory.create('anxin:Projection', { field: projection.field.trim(), body: projection.body }));
  const created = factory.create('anxin:Ticket', { ...attributes, projections });
  for (const projection of projections) projection.$parent = created;
  return replaceExtensions({ element, bo: process, type: 'anxin:Ticket', next: [created], factory });
}
