import type { DefinitionContent } from '../../forms/form-data.operations';
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { UserRef } from '../task/task.operations';

export interface TimelineEntry {
  status: string;
  statusLabel: string;
  statusLabelEn: string;
  at: string;
  actorName: string;
  note: string | null;
}

/** `Ticket` of schema.gql: the read model of a ticket process. */
export interface Ticket {
  number: string;
  status: string | null;
  statusLabel: string | null;
  statusLabelEn: string | null;
  processKey: string;
  processInstanceId: string;
  category: string | null;
  urgency: string | null;
  title: string | null;
  assignee: UserRef | null;
  team: string | null;
  rating: number | null;
  createdAt: string;
  slaDueAt: string | null;
  closedAt: string | null;
  fields: Record<string, unknown>;
  timeline: TimelineEntry[];
}

const TICKET_FIELDS = `number status statusLabel statusLabelEn processKey processInstanceId category urgency title
  assignee { id displayName } team rating createdAt slaDueAt closedAt fields
  timeline { status statusLabel statusLabelEn at actorName note }`;

export const TICKET: TypedDocumentNode<{ ticket: Ticket }, { number: string }> = gql`
  query Ticket($number: String!) {
    ticket(number: $number) { ${TICKET_FIELDS} }
  }
`;

export const TICKET_UPDATED: TypedDocumentNode<{ ticketUpdated: Ticket }, { number: string }> = gql`
  subscription TicketUpdated($number: String!) {
    ticketUpdated(number: $number) { ${TICKET_FIELDS} }
  }
`;

/** Every deployed form: the labels of a ticket's fields and values. */
export const TICKET_FORMS: TypedDocumentNode<{ definitions: DefinitionContent[] }, Record<string, never>> = gql`
  query TicketForms {
    definitions(kind: FORM) {
      key
      version
      content
    }
  }
`;
