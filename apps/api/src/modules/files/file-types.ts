/** Every type an upload can be: the ones `detectFileType` recognises from the content itself. */
export const SUPPORTED_FILE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
] as const;

export type SupportedFileType = (typeof SUPPORTED_FILE_TYPES)[number];

export const isSupportedFileType = (value: string): value is SupportedFileType =>
  (SUPPORTED_FILE_TYPES as readonly string[]).includes(value);

export const isImageType = (type: string): boolean => type.startsWith('image/');
