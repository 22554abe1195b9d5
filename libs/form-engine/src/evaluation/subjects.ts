import type { LocalizedMessage } from '../model/localized-text';
import type { PlanField } from '../plan/form-plan.type';

/** The whole submission, as the subject of a message. */
export const SUBMISSION_SUBJECT: LocalizedMessage = { 'zh-CN': '提交的数据', en: 'The submission' };

/** “材料明细”第 3 行 / "Materials" row 3 (rows are counted from 1 in messages, from 0 in paths). */
export function rowSubject(subForm: LocalizedMessage, index: number): LocalizedMessage {
  return { 'zh-CN': `${subForm['zh-CN']}第 ${index + 1} 行`, en: `${subForm.en} row ${index + 1}` };
}

/** “材料明细”第 3 行的“数量” / "Materials" row 3, "Quantity". */
export function cellSubject(row: LocalizedMessage, column: PlanField): LocalizedMessage {
  const own = column.subject;
  return { 'zh-CN': `${row['zh-CN']}的${own['zh-CN']}`, en: `${row.en}, ${own.en}` };
}
