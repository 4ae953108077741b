import { apiFetch, jsonRequest, segment } from '../../api/apiFetch';
import type { ProjectRole } from '../auth/permissions';
import { projectPath } from '../projects/projects';

/** An entry of `GET /api/v1/projects/{key}/members`. */
export interface Member {
  username: string;
  kind: 'user' | 'service-account';
  role: ProjectRole;
  production: boolean;
  addedAt: string;
}

/** Body of `PUT /api/v1/projects/{key}/members/{username}`. */
export type Membership = Pick<Member, 'role' | 'production'>;

const membersPath = (projectKey: string) => `${projectPath(projectKey)}/members`;
const memberPath = (projectKey: string, username: string) => `${membersPath(projectKey)}/${segment(username)}`;

export const listMembers = (projectKey: string, signal?: AbortSignal) => apiFetch<Member[]>(membersPath(projectKey), { signal });

export const putMember = (projectKey: string, username: string, membership: Membership) =>
  apiFetch<Member>(memberPath(projectKey, username), jsonRequest('PUT', membership));

export const removeMember = (projectKey: string, username: string) => apiFetch<void>(memberPath(projectKey, username), { method: 'DELETE' });
