import { useQuery, useSubscription } from '@apollo/client/react';
import { useLiveConnected } from '../../api/live-connection';
import { INBOX_CHANGED, INBOX_TASKS, type TaskStatusFilter, type TaskSummary } from '../task/task.operations';

export interface Inbox {
  tasks: TaskSummary[];
  total: number;
  loading: boolean;
  /** The subscription is delivering (graphql-ws connected and subscribed). */
  live: boolean;
}

/**
 * `tasks(filter: { mine: true, status })`, re-read whenever `inboxChanged` says tasks of the caller changed (the
 * event carries instance ids only; docs/api.md#live-updates-subscriptions). Events missed while disconnected are
 * not replayed: the list is re-read when the page mounts and on each event.
 */
export function useInbox(status: TaskStatusFilter): Inbox {
  const { data, previousData, loading, refetch } = useQuery(INBOX_TASKS, {
    variables: { status, limit: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const subscription = useSubscription(INBOX_CHANGED, {
    onData: () => void refetch(),
  });
  const connected = useLiveConnected();
  const page = data?.tasks ?? previousData?.tasks;
  return {
    tasks: page?.items ?? [],
    total: page?.total ?? 0,
    loading,
    live: connected && subscription.error === undefined,
  };
}
