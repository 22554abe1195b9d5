import { actionEn, actionZh } from './messages/action.messages';
import { flowEn, flowZh } from './messages/flow.messages';
import { formEn, formZh } from './messages/form.messages';
import { ownerEn, ownerZh } from './messages/owner.messages';
import { formDesignerEn, formDesignerZh } from './messages/form-designer.messages';
import { shellEn, shellZh } from './messages/shell.messages';
import { rulesEn, rulesZh } from './messages/rules.messages';
import { reportsEn, reportsZh } from './messages/reports.messages';
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
  ...reportsZh,
  ...ownerZh,
  ...flowZh,
  ...formDesignerZh,
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
  ...reportsEn,
  ...ownerEn,
  ...flowEn,
  ...formDesignerEn,
  ...rulesDesignerEn,
};
