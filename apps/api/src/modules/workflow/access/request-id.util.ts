import { AppError } from '../../../common/errors/app-error';
import type { Actor } from '../../../common/context/actor.type';

const MAX_REQUEST_ID = 200;

/**
 * The engine's idempotency key for a client's request id: scoped to the caller, so one user's ids never collide
 * with (or replay) another's. BAD_USER_INPUT for an empty or overlong id.
 */
export function scopedRequestId(actor: Actor, requestId: string | undefined, path = 'requestId'): string | undefined {
  if (requestId === undefined || requestId === null) return undefined;
  if (requestId.trim() === '' || requestId.length > MAX_REQUEST_ID)
    throw AppError.invalidInput(path, `${path} must be 1 to ${MAX_REQUEST_ID} characters`);
  return `${actor.userId}:${requestId}`;
}

/** A JSON object argument (variables, form data): BAD_USER_INPUT for anything else. */
export function jsonObjectArg(value: unknown, path: string): Record<string, never> | Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw AppError.invalidInput(path, `${path} must be a JSON object`);
  return value as Record<string, unknown>;
}
