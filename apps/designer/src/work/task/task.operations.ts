import { gql, type TypedDocumentNode } from '@apollo/client';

// Typed by hand from apps/api/schema.gql (graphql-codegen could not be installed; see docs/designer.md).

export interface UserRef {
  id: string;
  displayName: string;
}

/** `Task` of schema.gql, the fields the work pages read. */
export interface TaskSummary {
  id: string;
  name: string | null;
  elementId: string;
  status: 'open' | 'delegated' | 'completed' | 'cancelled';
  assignee: UserRef | null;
  owner: UserRef | null;
  candidateUsers: string[];
  candidateGroups: string[];
  dueAt: string | null;
  priority: number;
  formKey: string | null;
  processInstanceId: string;
  processKey: string;
  ticketNumber: string | null;
  createdAt: string;
  completedAt: string | null;
  outcome: string | null;
  comment: string | null;
}

/** `TaskDetail`: the task with its form after field permissions and the current values. */
export interface TaskDetail extends TaskSummary {
  form: unknown;
  formVersion: number | null;
  values: Record<string, unknown>;
}

export type TaskStatusFilter = 'OPEN' | 'COMPLETED' | 'CANCELLED' | 'ALL';

const TASK_FIELDS = `id name elementId status assignee { id displayName } owner { id displayName } candidateUsers
  candidateGroups dueAt priority formKey processInstanceId processKey ticketNumber createdAt completedAt outcome comment`;

export const INBOX_TASKS: TypedDocumentNode<
  { tasks: { total: number; items: TaskSummary[] } },
  { status: TaskStatusFilter; limit: number }
> = gql`
  query InboxTasks($status: TaskStatusFilter!, $limit: Int!) {
    tasks(filter: { mine: true, status: $status }, page: { offset: 0, limit: $limit }) {
      total
      items { ${TASK_FIELDS} }
    }
  }
`;

export const INBOX_CHANGED: TypedDocumentNode<
  { inboxChanged: { processInstanceIds: string[] } },
  Record<string, never>
> = gql`
  subscription InboxChanged {
    inboxChanged {
      processInstanceIds
    }
  }
`;

export const TASK: TypedDocumentNode<{ task: TaskDetail }, { id: string }> = gql`
  query Task($id: ID!) {
    task(id: $id) { ${TASK_FIELDS} form formVersion values }
  }
`;

/** The instance's history: which steps the caller could return to (退回) or withdraw (撤回). */
export interface HistoryEntry {
  type: string;
  elementId: string | null;
  taskId: string | null;
  at: string;
  comment: string | null;
  actor: UserRef;
}

export const TASK_HISTORY: TypedDocumentNode<
  { processInstance: { id: string; initiator: UserRef; history: HistoryEntry[]; tasks: TaskSummary[] } },
  { id: string }
> = gql`
  query TaskHistory($id: ID!) {
    processInstance(id: $id) {
      id
      initiator { id displayName }
      history { type elementId taskId at comment actor { id displayName } }
      tasks { ${TASK_FIELDS} }
    }
  }
`;
