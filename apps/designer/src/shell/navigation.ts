import type { Role } from '../auth/session-user.type';
import type { MessageKey } from '../i18n/messages';

/** One entry of the main navigation. */
export interface NavEntry {
  key: string;
  path: string;
  label: MessageKey;
}

interface NavRule extends NavEntry {
  roles: readonly Role[] | 'all';
}

const RULES: readonly NavRule[] = [
  { key: 'inbox', path: '/inbox', label: 'nav.inbox', roles: 'all' },
  // The forms that start a process (报修 in the demo): which ones is data, the /forms page lists them.
  { key: 'newRequest', path: '/forms', label: 'nav.newRequest', roles: ['OWNER', 'AGENT', 'ADMIN'] },
  // The projects' public repair links and QR codes, for the staff who post them.
  { key: 'repairLinks', path: '/repair-links', label: 'nav.repairLinks', roles: ['ADMIN', 'AGENT', 'MANAGER'] },
  { key: 'flows', path: '/design/flows', label: 'nav.flows', roles: ['DESIGNER', 'ADMIN'] },
  { key: 'forms', path: '/design/forms', label: 'nav.forms', roles: ['DESIGNER', 'ADMIN'] },
  { key: 'rules', path: '/design/rules', label: 'nav.rules', roles: ['DESIGNER', 'ADMIN'] },
  { key: 'reports', path: '/design/reports', label: 'nav.reports', roles: ['DESIGNER', 'ADMIN'] },
  // Who runs reports and has a dashboard made for him (the API lets engineers run reports too, over their teams).
  {
    key: 'dashboards',
    path: '/dashboards',
    label: 'nav.dashboards',
    roles: ['ADMIN', 'MANAGER', 'SUPERVISOR', 'FINANCE', 'AGENT'],
  },
  { key: 'status', path: '/status', label: 'nav.status', roles: ['ADMIN'] },
];

/** The entries a user with these roles sees, in menu order (the first is his home page). */
export function navigationFor(roles: readonly Role[]): NavEntry[] {
  return RULES.filter((rule) => rule.roles === 'all' || rule.roles.some((role) => roles.includes(role))).map(
    ({ roles: _roles, ...entry }) => entry,
  );
}
