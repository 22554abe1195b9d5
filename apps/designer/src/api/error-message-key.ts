import type { MessageKey } from '../i18n/messages';
import type { ApiError } from './api-error';

/** Reasons worth their own sentence; every other error is told by its code. */
const BY_REASON: Readonly<Record<string, MessageKey>> = {
  'auth.invalidCredentials': 'error.invalidCredentials',
  'task.alreadyDone': 'error.taskAlreadyDone',
};

/** The friendly message of an API error, exhaustive over the codes of docs/api.md#errors. */
export function errorMessageKey(error: ApiError): MessageKey {
  const byReason = error.reason === undefined ? undefined : BY_REASON[error.reason];
  if (byReason) return byReason;
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return 'error.unauthenticated';
    case 'FORBIDDEN':
      return 'error.forbidden';
    case 'NOT_FOUND':
      return 'error.notFound';
    case 'CONFLICT':
      return 'error.conflict';
    case 'VALIDATION_FAILED':
      return 'error.validationFailed';
    case 'DEFINITION_INVALID':
      return 'error.definitionInvalid';
    case 'BAD_USER_INPUT':
      return 'error.badUserInput';
    case 'RATE_LIMITED':
      return 'error.rateLimited';
    case 'INTERNAL':
      return 'error.internal';
    case 'NETWORK':
      return 'error.network';
  }
}
