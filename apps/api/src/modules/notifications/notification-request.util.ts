import { isUserRole, type NotificationKind, type UserRole } from '@anxin/persistence';
import type { JsonValue } from '@anxin/rules';
import { isUuid } from '../../common/validation/uuid.util';
import type { OutboxMessageView } from '../../engine-worker/notification-channel.port';

/** What an outbox message asks the in-app channel for, before names are looked up. */
export interface NotificationRequest {
  readonly kind: NotificationKind;
  /** `app_user.id`s; anything else (an engine test's `reviewer-1`) cannot receive in-app notifications. */
  readonly userIds: readonly string[];
  /** Every active user of these roles in the instance's company (candidate groups are roles). */
  readonly roles: readonly UserRole[];
  /** When set, only role recipients assigned to this project (`notify` input `projectId`). */
  readonly projectId?: string;
  readonly instanceId: string | undefined;
  readonly taskId: string | undefined;
  readonly elementId: string | undefined;
  /** The user who caused it, when it was one. */
  readonly actorId: string | undefined;
  readonly comment: string | undefined;
  /** Given by a `notify` action; engine notifications compose theirs. */
  readonly title: string | undefined;
  readonly body: string | undefined;
}

const ENGINE_KINDS = new Set<string>(['cc', 'urge', 'escalation', 'sla', 'reminder']);

/** Nobody named to resolve "no approver found": the company's admins and supervisors. */
const ESCALATION_ROLES: readonly UserRole[] = ['admin', 'supervisor'];

/**
 * The in-app reading of an outbox message; undefined for kinds that notify nobody in the app (`instance.ended`).
 *
 * - `notification.<cc|urge|escalation|sla|reminder>`: the engine's `NotificationRequested` effect (`recipients`, and
 *   `data.groups` for a task offered to candidate groups).
 * - `notification.action`: a `notify` service task; its input is `{ recipients?: userId | userId[], roles?: role |
 *   role[], projectId?: id (role recipients of that project only), title?: string, body?: string }`.
 */
export function notificationRequestOf(message: OutboxMessageView): NotificationRequest | undefined {
  const payload = objectOf(message.payload);
  const instanceId = uuidOf(payload['instanceId']) ?? uuidOf(message.instanceId);
  if (message.kind === 'notification.action') {
    const input = objectOf(payload['input']);
    return {
      kind: 'action',
      userIds: strings(input['recipients']).filter(isUuid),
      roles: strings(input['roles']).filter(isUserRole),
      ...(uuidOf(input['projectId']) ? { projectId: uuidOf(input['projectId'])! } : {}),
      instanceId,
      taskId: undefined,
      elementId: textOf(payload['elementId']),
      actorId: undefined,
      comment: undefined,
      title: textOf(input['title']),
      body: textOf(input['body']),
    };
  }
  const kind = message.kind.startsWith('notification.') ? message.kind.slice('notification.'.length) : '';
  if (!ENGINE_KINDS.has(kind)) return undefined;
  const userIds = strings(payload['recipients']).filter(isUuid);
  const groups = strings(objectOf(payload['data'])['groups']).filter(isUserRole);
  const nobody = userIds.length === 0 && groups.length === 0;
  return {
    kind: kind as NotificationKind,
    userIds,
    roles: kind === 'escalation' && nobody ? ESCALATION_ROLES : groups,
    instanceId,
    taskId: uuidOf(payload['taskId']),
    elementId: textOf(payload['elementId']),
    actorId: uuidOf(payload['actor']),
    comment: textOf(payload['comment']),
    title: undefined,
    body: undefined,
  };
}

function objectOf(value: JsonValue | null | undefined): Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

function strings(value: JsonValue | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(list.filter((item): item is string => typeof item === 'string' && item.trim() !== ''))];
}

function textOf(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function uuidOf(value: JsonValue | undefined): string | undefined {
  return isUuid(value) ? value : undefined;
}
