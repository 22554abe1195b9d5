import { gql, type GraphqlResult } from './graphql-session';

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  read: boolean;
  taskId: string | null;
  processInstanceId: string | null;
  actor: { id: string; displayName: string } | null;
}

export const NOTIFICATION_FIELDS = 'id kind title body read taskId processInstanceId actor { id displayName }';

/** `notifications(unreadOnly)` as `token`'s user; throws on errors. */
export async function notificationsOf(baseUrl: string, token: string, unreadOnly = true): Promise<NotificationView[]> {
  const result = await gql<{ notifications: NotificationView[] }>(
    baseUrl,
    `query($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly) { ${NOTIFICATION_FIELDS} } }`,
    { token, variables: { unreadOnly } },
  );
  if (!result.data) throw new Error(`notifications failed: ${JSON.stringify(result.errors)}`);
  return result.data.notifications;
}

export function markRead(
  baseUrl: string,
  token: string,
  ids: string[],
): Promise<GraphqlResult<{ markNotificationsRead: NotificationView[] }>> {
  return gql(baseUrl, `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { ${NOTIFICATION_FIELDS} } }`, {
    token,
    variables: { ids },
  });
}
