import { AppError } from '../errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** BAD_USER_INPUT naming `path` unless `value` is a UUID (ids are UUIDs; anything else would fail in SQL). */
export function assertUuid(path: string, value: string): void {
  if (!isUuid(value)) throw AppError.invalidInput(path, `${path} must be an id (a UUID)`);
}
