import { gql, type TypedDocumentNode } from '@apollo/client';

export interface TrackedStep {
  status: string;
  statusLabel: string;
  statusLabelEn: string;
  at: string;
}

export interface TrackedStage {
  status: string;
  statusLabel: string;
  statusLabelEn: string;
  optional: boolean;
  ownerActs: boolean;
}

export interface TrackedTicket {
  number: string;
  status: string | null;
  statusLabel: string | null;
  statusLabelEn: string | null;
  createdAt: string;
  engineerName: string | null;
  timeline: TrackedStep[];
  stages: TrackedStage[];
}

/** 查进度: public (no token), rate limited; wrong phone and unknown number are the same NOT_FOUND. */
export const TRACK_TICKET: TypedDocumentNode<{ trackTicket: TrackedTicket }, { number: string; phone: string }> = gql`
  query TrackTicket($number: String!, $phone: String!) {
    trackTicket(number: $number, phone: $phone) {
      number
      status
      statusLabel
      statusLabelEn
      createdAt
      engineerName
      timeline {
        status
        statusLabel
        statusLabelEn
        at
      }
      stages {
        status
        statusLabel
        statusLabelEn
        optional
        ownerActs
      }
    }
  }
`;

/** The caller's open tasks of one ticket: where the tracker's "rate it" link lands after signing in. */
export const MY_TICKET_TASKS: TypedDocumentNode<
  { tasks: { items: { id: string; name: string | null }[] } },
  { ticketNumber: string }
> = gql`
  query MyTicketTasks($ticketNumber: String!) {
    tasks(filter: { mine: true, ticketNumber: $ticketNumber, status: OPEN }, page: { offset: 0, limit: 10 }) {
      items {
        id
        name
      }
    }
  }
`;
