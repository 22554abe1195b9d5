import { actionEn, actionZh } from './messages/action.messages';
import { formEn, formZh } from './messages/form.messages';
import { shellEn, shellZh } from './messages/shell.messages';
import { rulesEn, rulesZh } from './messages/rules.messages';
import { rulesDesignerEn, rulesDesignerZh } from './messages/rules-designer.messages';
import { statusEn, statusZh } from './messages/status.messages';
import { workEn, workZh } from './messages/work.messages';

/** UI strings, one file per area; every key exists in both languages (checked by the types). */
export const zhCN = {
  ...statusZh,
  ...shellZh,
  ...workZh,
  ...actionZh,
  ...formZh,
  ...rulesZh,
  ...rulesDesignerZh,
} as const;

export type MessageKey = keyof typeof zhCN;

export const en: Record<MessageKey, string> = {
  ...statusEn,
  ...shellEn,
  ...workEn,
  ...actionEn,
  ...formEn,
  ...rulesEn,
  ...rulesDesignerEn,
};
