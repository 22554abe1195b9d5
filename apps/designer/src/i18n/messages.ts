import { shellEn, shellZh } from './messages/shell.messages';
import { statusEn, statusZh } from './messages/status.messages';
import { workEn, workZh } from './messages/work.messages';

/**
 * UI strings, one file per area; every key exists in both languages (checked by the types).
 *
 * Two kinds of area, so that the first page stays small (docs/designer.md, "Bundle budget"):
 * - eager: the strings of the pages in the first bundle (sign-in, status, the shell and its menu, the inbox);
 * - deferred: everything else, one chunk per area, loaded by `loadDeferredMessages` before any lazy route renders.
 * A new area file goes into `deferredMessages` unless an eagerly loaded page needs it.
 */
export const eagerZh = {
  ...statusZh,
  ...shellZh,
  ...workZh,
} as const;

export const eagerEn: Record<keyof typeof eagerZh, string> = {
  ...statusEn,
  ...shellEn,
  ...workEn,
};

/** An area's strings in both languages; the English must have every Chinese key. */
export interface AreaMessages<Zh extends Readonly<Record<string, string>>> {
  readonly 'zh-CN': Zh;
  readonly en: Record<keyof Zh, string>;
}

function area<Zh extends Readonly<Record<string, string>>>(zh: Zh, en: Record<keyof Zh, string>): AreaMessages<Zh> {
  return { 'zh-CN': zh, en };
}

/** The deferred areas: each a dynamic import, so each is a chunk of its own that the first page does not load. */
export const deferredMessages = {
  action: () => import('./messages/action.messages').then((m) => area(m.actionZh, m.actionEn)),
  form: () => import('./messages/form.messages').then((m) => area(m.formZh, m.formEn)),
  rules: () => import('./messages/rules.messages').then((m) => area(m.rulesZh, m.rulesEn)),
  reports: () => import('./messages/reports.messages').then((m) => area(m.reportsZh, m.reportsEn)),
  owner: () => import('./messages/owner.messages').then((m) => area(m.ownerZh, m.ownerEn)),
  flow: () => import('./messages/flow.messages').then((m) => area(m.flowZh, m.flowEn)),
  formDesigner: () => import('./messages/form-designer.messages').then((m) => area(m.formDesignerZh, m.formDesignerEn)),
  rulesDesigner: () =>
    import('./messages/rules-designer.messages').then((m) => area(m.rulesDesignerZh, m.rulesDesignerEn)),
};

type DeferredArea = Awaited<ReturnType<(typeof deferredMessages)[keyof typeof deferredMessages]>>;
// Distributes over the union of areas: the keys of every area, not only those they share.
type AreaKey<A> = A extends AreaMessages<infer Zh> ? keyof Zh : never;

/** Every message key, eager or deferred: `t(key)` with a MessageKey is checked at compile time. */
export type MessageKey = keyof typeof eagerZh | AreaKey<DeferredArea>;
