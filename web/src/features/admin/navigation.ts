import type { Role } from '../../gql/graphql';

export interface NavItem {
  to: string;
  label: string;
  /** A heading shown above a group of items, e.g. "Configuration". */
  group?: string;
}

/** The pages each role may open, in menu order. Platform admins run tenants, nothing else. */
export function navigationFor(role: Role): NavItem[] {
  if (role === 'PLATFORM_ADMIN') return [{ to: '/admin/tenants', label: 'Tenants' }];
  const items: NavItem[] = [
    { to: '/admin/consignments', label: 'Consignments' },
    { to: '/admin/configuration/templates/tracking-link', label: 'Templates › Tracking link', group: 'Configuration' },
    { to: '/admin/configuration/tasks', label: 'Tasks', group: 'Configuration' },
    { to: '/admin/outbox', label: 'Outbox' },
  ];
  if (role === 'SUPER_ADMIN') items.push({ to: '/admin/settings', label: 'Settings' }, { to: '/admin/settings/webhooks', label: 'Webhooks' });
  return items;
}

/** Where a role lands after signing in. */
export function homeFor(role: Role): string {
  return role === 'PLATFORM_ADMIN' ? '/admin/tenants' : '/admin/consignments';
}
