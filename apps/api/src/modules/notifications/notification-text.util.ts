import type { NotificationKind } from '@anxin/persistence';

/** The names a notification's text mentions, where they are known. */
export interface NotificationNames {
  readonly kind: NotificationKind;
  readonly taskName: string | undefined;
  readonly actorName: string | undefined;
  readonly comment: string | undefined;
  /** A `notify` action's own title and body. */
  readonly title: string | undefined;
  readonly body: string | undefined;
}

export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 2_000;

/**
 * The Chinese title and body of a notification: its kind (抄送、催办、无人处理、超时提醒、提醒), the task and who did
 * it. A `notify` action's text is its own (cut to length: it comes from process data).
 */
export function notificationText(names: NotificationNames): { title: string; body: string } {
  const task = names.taskName ?? '流程任务';
  const actor = names.actorName ?? '系统';
  const note = names.comment ? `：${names.comment}` : '';
  const text = (title: string, body: string) => ({
    title: cut(title, MAX_TITLE_LENGTH),
    body: cut(body, MAX_BODY_LENGTH),
  });
  switch (names.kind) {
    case 'cc':
      return text(`抄送：${task}`, `${actor}抄送给你「${task}」${note}`);
    case 'urge':
      return text(`催办：${task}`, `${actor}催办「${task}」，请尽快处理${note}`);
    case 'escalation':
      return text(`无人处理：${task}`, `「${task}」没有找到处理人，请指派${note}`);
    case 'sla':
      return text(`超时提醒：${task}`, `「${task}」已超过处理时限，请尽快处理${note}`);
    case 'reminder':
      return text(`提醒：${task}`, `「${task}」等待你处理${note}`);
    case 'action':
      return text(names.title ?? '流程通知', names.body ?? '');
  }
}

function cut(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
