import { integerShape, stringListShape } from '../definition/shape';
import type { FileInfo } from '../model/form-context.type';
import type { FilesField } from '../model/form-definition.type';
import { issue, type Issue } from '../problems/issue.type';
import { asText, coerceText, coerceTextList, firstDuplicate } from './coerce.util';
import type { CheckContext, FieldKind } from './field-kind.type';

/** Defaults: nine photos of at most 10 MiB; nine files of at most 50 MiB. */
export const FILE_DEFAULTS = {
  image: { maxCount: 9, maxSizeBytes: 10 * 1024 * 1024, accept: ['image/*'] },
  file: { maxCount: 9, maxSizeBytes: 50 * 1024 * 1024, accept: [] as string[] },
} as const;

/** `image/*` matches any image type; anything else must be equal (case-insensitive). */
export function acceptsMimeType(accept: readonly string[], mimeType: string): boolean {
  if (accept.length === 0) return true;
  const type = mimeType.toLowerCase();
  return accept.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.endsWith('/*') ? type.startsWith(p.slice(0, -1)) : p === type;
  });
}

function checkFile(id: string, info: FileInfo | undefined, maxSize: number, accept: readonly string[]): Issue[] {
  if (info === undefined) return [issue('FILE_UNKNOWN', { id })];
  if (info.size > maxSize) return [issue('FILE_TOO_LARGE', { id, max: maxSize })];
  return acceptsMimeType(accept, info.mimeType) ? [] : [issue('FILE_TYPE', { id, mimeType: info.mimeType })];
}

function checkFiles(ids: readonly string[], field: FilesField, ctx: CheckContext): Issue[] {
  const defaults = FILE_DEFAULTS[field.type];
  const duplicate = firstDuplicate(ids);
  if (duplicate !== undefined) return [issue('DUPLICATE_VALUE', { value: duplicate })];
  const max = field.maxCount ?? defaults.maxCount;
  if (field.minCount !== undefined && ids.length < field.minCount) return [issue('MIN_ITEMS', { min: field.minCount })];
  if (ids.length > max) return [issue('MAX_ITEMS', { max })];
  const files = ctx.files;
  if (files === undefined) return [];
  const maxSize = field.maxSizeBytes ?? defaults.maxSizeBytes;
  const accept = field.accept ?? defaults.accept;
  return ids.flatMap((id) => checkFile(id, Object.hasOwn(files, id) ? files[id] : undefined, maxSize, accept));
}

const fileProperties = {
  minCount: integerShape(0, 100),
  maxCount: integerShape(1, 100),
  maxSizeBytes: integerShape(1, 2 ** 40),
  accept: stringListShape,
};

const files = {
  holdsValue: true,
  computable: false,
  ruleType: () => ({ type: 'array', items: { type: 'string' } }) as const,
  coerce: coerceTextList,
  properties: fileProperties,
};

export const imageKind: FieldKind = {
  ...files,
  type: 'image',
  summary:
    'Photos by file id (default at most 9, 10 MiB each, `image/*`); sizes and types are checked against the host’s file metadata.',
  value: 'list of file ids',
  example: ['f-7a1c', 'f-7a1d'],
  check: (value, field, ctx) => checkFiles(value as string[], field as FilesField, ctx),
};

export const fileKind: FieldKind = {
  ...files,
  type: 'file',
  summary: 'Attachments by file id (default at most 9, 50 MiB each, any type).',
  value: 'list of file ids',
  example: ['f-91b0'],
  check: (value, field, ctx) => checkFiles(value as string[], field as FilesField, ctx),
};

export const signatureKind: FieldKind = {
  type: 'signature',
  summary: 'A handwritten signature (手写签名): the file id of the signed image.',
  value: 'file id',
  example: 'f-sig-3310',
  properties: {},
  holdsValue: true,
  computable: false,
  ruleType: () => ({ type: 'string' }),
  coerce: coerceText,
  check: (value, _field, ctx) => {
    const id = asText(value);
    const known = ctx.files;
    if (known === undefined) return [];
    return checkFile(id, Object.hasOwn(known, id) ? known[id] : undefined, FILE_DEFAULTS.image.maxSizeBytes, [
      'image/*',
    ]);
  },
};
