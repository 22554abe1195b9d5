import type { LocalizedMessage } from '../model/localized-text';
import type { Issue } from './issue.type';
import type { SubmissionProblem, SubmissionProblemCode } from './submission-problem.type';

type Params = Readonly<Record<string, string | number>>;
/** `[zh-CN, en]` of a message, given the subject (the field, in both languages) and the params. */
type Template = (s: LocalizedMessage, p: Params) => readonly [string, string];

/** Names of expected value kinds (the `expected` param of TYPE_MISMATCH). */
const KINDS: Readonly<Record<string, readonly [string, string]>> = {
  text: ['文本', 'text'],
  number: ['数字', 'a number'],
  boolean: ['是或否', 'true or false'],
  list: ['列表', 'a list'],
  'list of text': ['文本列表', 'a list of text'],
  object: ['对象', 'an object'],
  location: ['坐标（lat、lng）', 'a location ({ lat, lng, address? })'],
  rows: ['表格行的列表', 'a list of rows'],
  row: ['表格行（对象）', 'a row (an object)'],
};
const kind = (p: Params, i: 0 | 1): string => KINDS[String(p.expected)]?.[i] ?? String(p.expected);
const v = (p: Params, name: string): string => String(p[name] ?? '');
/** `1 row`, `3 rows`: English counts. */
const n = (p: Params, name: string, word: string): string => `${v(p, name)} ${p[name] === 1 ? word : `${word}s`}`;
/** A size limit in bytes as people read it: 10 MB, 500 KB. */
const size = (p: Params): string => {
  const bytes = Number(p.max);
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MB`;
  return bytes >= 1024 && bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} B`;
};

const TEMPLATES: Readonly<Record<SubmissionProblemCode, Template>> = {
  FORM_INVALID: () => [
    '表单定义有错误，无法校验提交的数据',
    'The form definition has errors; nothing can be validated.',
  ],
  DATA_NOT_OBJECT: () => ['提交的数据必须是一个对象', 'The submission must be a JSON object.'],
  UNKNOWN_FIELD: (s, p) => [`${s['zh-CN']}中没有字段“${v(p, 'key')}”`, `${s.en} has no field "${v(p, 'key')}".`],
  TYPE_MISMATCH: (s, p) => [`${s['zh-CN']}应为${kind(p, 0)}`, `${s.en} must be ${kind(p, 1)}.`],
  REQUIRED: (s) => [`${s['zh-CN']}为必填项`, `${s.en} is required.`],
  MIN_LENGTH: (s, p) => [
    `${s['zh-CN']}至少需要 ${v(p, 'min')} 个字`,
    `${s.en} needs at least ${n(p, 'min', 'character')}.`,
  ],
  MAX_LENGTH: (s, p) => [
    `${s['zh-CN']}最多 ${v(p, 'max')} 个字`,
    `${s.en} allows at most ${n(p, 'max', 'character')}.`,
  ],
  PATTERN_MISMATCH: (s) => [`${s['zh-CN']}的格式不正确`, `${s.en} is not in the expected format.`],
  MIN_VALUE: (s, p) => [`${s['zh-CN']}不能小于 ${v(p, 'min')}`, `${s.en} must be at least ${v(p, 'min')}.`],
  MAX_VALUE: (s, p) => [`${s['zh-CN']}不能大于 ${v(p, 'max')}`, `${s.en} must be at most ${v(p, 'max')}.`],
  NOT_INTEGER: (s) => [`${s['zh-CN']}必须是整数`, `${s.en} must be a whole number.`],
  TOO_MANY_DECIMALS: (s, p) => [
    `${s['zh-CN']}最多保留 ${v(p, 'decimals')} 位小数`,
    `${s.en} must have at most ${n(p, 'decimals', 'digit')} after the decimal point.`,
  ],
  INVALID_PHONE: (s, p) => {
    const zh = { mobile: '手机号', landline: '座机号' }[v(p, 'kind')] ?? '手机号或座机号';
    const en = { mobile: 'mobile number', landline: 'landline number' }[v(p, 'kind')] ?? 'phone number';
    return [`${s['zh-CN']}不是有效的${zh}`, `${s.en} is not a valid mainland ${en}.`];
  },
  INVALID_EMAIL: (s) => [`${s['zh-CN']}不是有效的邮箱地址`, `${s.en} is not a valid email address.`],
  INVALID_ID_CARD: (s) => [`${s['zh-CN']}不是 18 位身份证号`, `${s.en} is not an 18-character ID card number.`],
  ID_CARD_CHECKSUM: (s) => [`${s['zh-CN']}的校验位不正确`, `${s.en} has a wrong check digit.`],
  ID_CARD_BIRTH_DATE: (s) => [`${s['zh-CN']}中的出生日期无效`, `${s.en} holds an invalid birth date.`],
  ID_CARD_REGION: (s) => [`${s['zh-CN']}中的地区码无效`, `${s.en} holds an unknown region code.`],
  INVALID_DATE: (s) => [`${s['zh-CN']}不是有效的日期（YYYY-MM-DD）`, `${s.en} is not a valid date (YYYY-MM-DD).`],
  INVALID_DATETIME: (s) => [`${s['zh-CN']}不是有效的日期时间`, `${s.en} is not a valid date and time (ISO 8601).`],
  INVALID_TIME: (s) => [`${s['zh-CN']}不是有效的时间（HH:mm）`, `${s.en} is not a valid time (HH:mm).`],
  INVALID_LOCATION: (s) => [`${s['zh-CN']}的坐标或地址无效`, `${s.en} has an invalid position or address.`],
  OPTION_NOT_ALLOWED: (s, p) => [
    `${s['zh-CN']}不能选择“${v(p, 'value')}”`,
    `${s.en} does not offer "${v(p, 'value')}".`,
  ],
  OPTIONS_UNAVAILABLE: (s, p) => [
    `${s['zh-CN']}的选项来源“${v(p, 'source')}”不可用`,
    `The options of ${s.en} ("${v(p, 'source')}") are not available.`,
  ],
  LEAF_REQUIRED: (s) => [`${s['zh-CN']}需要选择到最后一级`, `${s.en} must be chosen down to the last level.`],
  DUPLICATE_VALUE: (s, p) => [`${s['zh-CN']}中重复出现“${v(p, 'value')}”`, `${s.en} lists "${v(p, 'value')}" twice.`],
  MIN_ITEMS: (s, p) => [`${s['zh-CN']}至少需要 ${v(p, 'min')} 项`, `${s.en} needs at least ${n(p, 'min', 'item')}.`],
  MAX_ITEMS: (s, p) => [`${s['zh-CN']}最多 ${v(p, 'max')} 项`, `${s.en} allows at most ${n(p, 'max', 'item')}.`],
  MIN_ROWS: (s, p) => [`${s['zh-CN']}至少需要 ${v(p, 'min')} 行`, `${s.en} needs at least ${n(p, 'min', 'row')}.`],
  MAX_ROWS: (s, p) => [`${s['zh-CN']}最多 ${v(p, 'max')} 行`, `${s.en} allows at most ${n(p, 'max', 'row')}.`],
  FILE_UNKNOWN: (s, p) => [
    `${s['zh-CN']}中的文件“${v(p, 'id')}”不存在`,
    `${s.en} refers to an unknown file "${v(p, 'id')}".`,
  ],
  FILE_TOO_LARGE: (s, p) => [
    `${s['zh-CN']}中的文件“${v(p, 'id')}”超过 ${size(p)}`,
    `File "${v(p, 'id')}" of ${s.en} is larger than ${size(p)}.`,
  ],
  FILE_TYPE: (s, p) => [
    `${s['zh-CN']}不接受“${v(p, 'mimeType')}”类型的文件`,
    `${s.en} does not accept files of type "${v(p, 'mimeType')}".`,
  ],
  VALIDATION_FAILED: (s) => [`${s['zh-CN']}未通过校验`, `${s.en} is not valid.`],
  RULE_FAILED: (s, p) => [
    `${s['zh-CN']}的规则（${v(p, 'rule')}）无法计算：${v(p, 'detail')}`,
    `A rule of ${s.en} (${v(p, 'rule')}) could not be evaluated: ${v(p, 'detail')}`,
  ],
};

/** Every submission problem code, for docs and the API's error mapping. */
export const SUBMISSION_PROBLEM_CODES = Object.keys(TEMPLATES) as SubmissionProblemCode[];

/** The catalog message of a code, in both languages. */
export function catalogMessage(
  code: SubmissionProblemCode,
  subject: LocalizedMessage,
  params: Params = {},
): LocalizedMessage {
  const [zh, en] = TEMPLATES[code](subject, params);
  return { 'zh-CN': zh, en };
}

/** Places an issue at a path, with the subject it is about (the field, or the whole submission). */
export function toSubmissionProblem(found: Issue, path: string, subject: LocalizedMessage): SubmissionProblem {
  const messages = found.message ?? catalogMessage(found.code, subject, found.params);
  return {
    code: found.code,
    path,
    message: messages.en,
    messages,
    severity: found.severity ?? 'error',
    ...(found.params === undefined ? {} : { params: found.params }),
  };
}
