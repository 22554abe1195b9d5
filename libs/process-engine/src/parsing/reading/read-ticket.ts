import type { TicketProjection, TicketSpec } from '../../model/process-model.type';
import { extensionsOf, textOf, trimmedOf, type ModdleElement } from '../moddle-element';
import { report, type ReadContext } from './read-context';
import { readRuleText } from './read-rule-text';

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const PREFIX = /^[A-Za-z0-9-]{1,12}$/;

/**
 * `<anxin:ticket prefix statuses completedStatus revokedStatus>` with `<anxin:projection field>rule</…>` children:
 * one per process at most. Which field names a host accepts is the host's business (the api checks them on deploy).
 */
export function readTicket(process: ModdleElement, ctx: ReadContext): TicketSpec | undefined {
  const elementId = ctx.processKey;
  const tickets = extensionsOf(process, 'anxin:Ticket');
  if (tickets.length === 0) return undefined;
  if (tickets.length > 1) {
    const message = 'A process declares at most one anxin:ticket.';
    report(ctx, { code: 'extension.invalid', elementId, path: 'anxin:ticket/1', message });
  }
  const ticket = tickets[0] as ModdleElement;
  const prefix = trimmedOf(ticket, 'prefix') ?? '';
  if (!PREFIX.test(prefix)) {
    const message = 'anxin:ticket needs a prefix of 1 to 12 letters, digits or dashes (ticket numbers start with it).';
    report(ctx, { code: 'extension.invalid', elementId, path: 'anxin:ticket/prefix', message });
  }
  const statuses = trimmedOf(ticket, 'statuses');
  const completedStatus = trimmedOf(ticket, 'completedStatus');
  const revokedStatus = trimmedOf(ticket, 'revokedStatus');
  return {
    prefix,
    ...(statuses !== undefined && { statuses }),
    ...(completedStatus !== undefined && { completedStatus }),
    ...(revokedStatus !== undefined && { revokedStatus }),
    projections: readProjections(ticket, ctx),
  };
}

function readProjections(ticket: ModdleElement, ctx: ReadContext): TicketProjection[] {
  const elementId = ctx.processKey;
  const projections: TicketProjection[] = [];
  const children = (ticket as unknown as { projections?: ModdleElement[] }).projections ?? [];
  children.forEach((projection, index) => {
    const path = `anxin:ticket/anxin:projection/${index}`;
    const field = trimmedOf(projection, 'field');
    if (field === undefined || !FIELD_NAME.test(field)) {
      const message = `anxin:projection #${index + 1} needs a field name (letters, digits, underscores).`;
      report(ctx, { code: 'extension.invalid', elementId, path: `${path}/field`, message });
      return;
    }
    if (projections.some((p) => p.field === field)) {
      const message = `Ticket field "${field}" is projected twice.`;
      report(ctx, { code: 'extension.invalid', elementId, path: `${path}/field`, message });
      return;
    }
    const what = `The projection of ticket field "${field}"`;
    const rule = readRuleText({ text: textOf(projection, 'body'), elementId, path, what }, ctx);
    if (rule !== undefined) projections.push({ field, rule });
  });
  return projections;
}
