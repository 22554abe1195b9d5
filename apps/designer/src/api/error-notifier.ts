import type { ApiError } from './api-error';

type Notifier = (error: ApiError) => void;

let current: Notifier = () => undefined;

/** The shell shows API errors as toasts; the Apollo error link reports them here. */
export function setErrorNotifier(notifier: Notifier): () => void {
  current = notifier;
  return () => {
    if (current === notifier) current = () => undefined;
  };
}

export function notifyError(error: ApiError): void {
  current(error);
}
