import { use } from 'react';
import { loadDeferredMessages } from './i18n';

/**
 * Suspends until the deferred areas' strings are in i18next. Rendered beside a lazy page inside the same Suspense
 * boundary: both load at once, and the page is only shown when its strings are there (never a raw key).
 */
export function MessagesGate() {
  use(loadDeferredMessages());
  return null;
}
