import type { Role } from '../auth/session-user.type';
import type { MessageKey } from '../i18n/messages';

/** One entry of the main navigation. `coming`: a designer area not built yet (a placeholder page, no fake UI). */
export interface NavEntry {
  key: string;
  path: string;
  label: MessageKey;
  coming?: boolean;
}

interface NavRule extends NavEntry {
  roles: readonly Role[] | 'all';
}

const RULES: readonly NavRule[] = [
  { key: 'inbox', path: '/inbox', label: 'nav.inbox', roles: 'all' },
  // The forms that start a process (报修 in the demo): which ones is data, the /forms page lists them.
  { key: 'newRequest', path: '/forms', label: 'nav.newRequest', roles: ['OWNER', 'AGENT', 'ADMIN'] },
  { key: 'flows', path: '/coming/flows', label: 'nav.flows', roles: ['DESIGNER', 'ADMIN'], coming: true },
  { key: 'forms', path: '/coming/forms', label: 'nav.forms', roles: ['DESIGNER', 'ADMIN'], coming: true },
  { key: 'rules', path: '/design/rules', label: 'nav.rules', roles: ['DESIGNER', 'ADMIN'] },
  { key: 'reports', path: '/coming/reports', label: 'nav.reports', roles: ['DESIGNER', 'ADMIN'], coming: true },
  { key: 'status', path: '/status', label: 'nav.status', roles: ['ADMIN'] },
];

/** The entries a user with these roles sees, in menu order (the first is his home page). */
export function navigationFor(roles: readonly Role[]): NavEntry[] {
  return RULES.filter((rule) => rule.roles === 'all' || rule.roles.some((role) => roles.includes(role))).map(
    ({ roles: _roles, ...entry }) => entry,
  );
}
