import type { Grants } from '../auth/permissions';

/**
 * `traffic.manage` of docs/traffic.md: the platform admin, or whoever holds `release.approve` in at
 * least one project (owners and release managers). The console only hides what would be refused.
 */
export const canManageTraffic = (grants: Grants) =>
  grants.admin || grants.projects.some((project) => project.role === 'owner' || project.role === 'release-manager');
