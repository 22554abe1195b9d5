import { projectTicket, type InstanceState, type ProcessEffect, type ProcessModel } from '@anxin/process-engine';
import type { JsonValue } from '@anxin/rules';

/** The ticket row a step writes (null columns clear the field; `status` null keeps the stored one). */
export interface TicketRow {
  prefix: string;
  process_key: string;
  status: string | null;
  status_dictionary: string | null;
  initiator: string;
  project_id: string | null;
  building_id: string | null;
  unit_id: string | null;
  category: string | null;
  urgency: string | null;
  title: string | null;
  assignee: string | null;
  team: string | null;
  estimated_cost: number | null;
  rating: number | null;
  contact_phone: string | null;
  sla_due_at: string | null;
  engineer: string | null;
  sla_breached: boolean | null;
  dispatch_explanation: JsonValue;
  fields: Record<string, JsonValue>;
  closed_at: string | null;
  /** Statuses reached in the step, in order: timeline entries (the first is skipped if it is the stored status). */
  statuses: string[];
  /** For the timeline entries. */
  at: string;
  actor: string;
  note: string | null;
}

type Column = Exclude<keyof TicketRow, 'prefix' | 'process_key' | 'status' | 'status_dictionary' | 'initiator' | 'assignee' | 'fields' | 'closed_at' | 'statuses' | 'at' | 'actor' | 'note'>; // prettier-ignore
type Coerce = (value: JsonValue) => TicketRow[Column];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid: Coerce = (v) => (typeof v === 'string' && UUID.test(v) ? v.toLowerCase() : null);
const text: Coerce = (v) => (v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));
const money: Coerce = (v) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 100) / 100 : null);
const integer: Coerce = (v) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const boolean: Coerce = (v) => (typeof v === 'boolean' ? v : null);
const date: Coerce = (v) => (typeof v === 'string' && Number.isFinite(Date.parse(v)) ? v : null);
const json: Coerce = (v) => v;

/**
 * The ticket fields the product knows, each with the column it fills and how a projected value is coerced (a value
 * of the wrong type leaves the column empty; `fields` keeps it as projected). Any other projected name is kept in
 * `fields` only. Which variable feeds which field is the process definition's business (`<anxin:projection>`).
 */
export const TICKET_COLUMNS: Readonly<Record<string, readonly [Column, Coerce]>> = {
  projectId: ['project_id', uuid],
  buildingId: ['building_id', uuid],
  unitId: ['unit_id', uuid],
  category: ['category', text],
  urgency: ['urgency', text],
  title: ['title', text],
  team: ['team', text],
  estimatedCost: ['estimated_cost', money],
  rating: ['rating', integer],
  contactPhone: ['contact_phone', text],
  slaDueAt: ['sla_due_at', date],
  engineer: ['engineer', text],
  slaBreached: ['sla_breached', boolean],
  dispatchExplanation: ['dispatch_explanation', json],
};

/** Who holds the ticket: the assignee of the newest open task (tasks are kept in creation order). */
function currentAssignee(state: InstanceState): string | null {
  let assignee: string | null = null;
  for (const task of Object.values(state.tasks)) if (task.assignee) assignee = task.assignee;
  return assignee;
}

/** The ticket row of an instance after a step, or null when its process declares no ticket. */
export function planTicket(
  model: ProcessModel,
  after: InstanceState,
  effects: readonly ProcessEffect[],
  step: { readonly actor: string; readonly comment?: string; readonly at: string },
): TicketRow | null {
  const spec = model.ticket;
  const projection = projectTicket(model, after, effects);
  if (!spec || !projection) return null;
  const row: TicketRow = {
    prefix: spec.prefix,
    process_key: model.key,
    status: projection.statuses[projection.statuses.length - 1] ?? null,
    status_dictionary: spec.statuses ?? null,
    initiator: after.initiator,
    project_id: null,
    building_id: null,
    unit_id: null,
    category: null,
    urgency: null,
    title: null,
    assignee: after.status === 'running' ? currentAssignee(after) : null,
    team: null,
    estimated_cost: null,
    rating: null,
    contact_phone: null,
    sla_due_at: null,
    engineer: null,
    sla_breached: null,
    dispatch_explanation: null,
    fields: { ...projection.fields },
    closed_at: after.endedAt ?? null,
    statuses: [...projection.statuses],
    at: step.at,
    actor: step.actor,
    note: step.comment ?? null,
  };
  for (const [field, value] of Object.entries(projection.fields)) {
    const known = TICKET_COLUMNS[field];
    if (known) (row as unknown as Record<string, unknown>)[known[0]] = known[1](value);
  }
  return row;
}
