export const projectRoles = ['owner', 'maintainer', 'developer', 'release-manager', 'viewer'] as const;
export type ProjectRole = (typeof projectRoles)[number];

export const projectPermissions = [
  'project.read',
  'project.update',
  'project.delete',
  'member.manage',
  'application.write',
  'environment.manage',
  'pipeline.run',
  'artifact.publish',
  'release.deploy',
  'release.approve',
] as const;
export type ProjectPermission = (typeof projectPermissions)[number];

/** The role table of docs/security.md; the server enforces it, the console only hides what would be refused. */
const permissionsOf: Record<ProjectRole, readonly ProjectPermission[]> = {
  owner: projectPermissions,
  maintainer: [
    'project.read',
    'project.update',
    'application.write',
    'environment.manage',
    'pipeline.run',
    'artifact.publish',
    'release.deploy',
  ],
  developer: ['project.read', 'pipeline.run', 'artifact.publish', 'release.deploy'],
  'release-manager': ['project.read', 'pipeline.run', 'release.deploy', 'release.approve'],
  viewer: ['project.read'],
};

/** What the console needs to know about a principal to decide what to offer. */
export interface Grants {
  admin: boolean;
  auditor: boolean;
  projects: { key: string; role: ProjectRole }[];
}

export function can(grants: Grants, permission: ProjectPermission, projectKey: string): boolean {
  if (grants.admin) return true;
  const membership = grants.projects.find((project) => project.key === projectKey);
  return membership !== undefined && permissionsOf[membership.role].includes(permission);
}

export const canManageUsers = (grants: Grants) => grants.admin;
export const canCreateProjects = (grants: Grants) => grants.admin;
export const canReadAudit = (grants: Grants) => grants.admin || grants.auditor;
