import { ApiError } from '../../api/ApiError';
import { apiFetch } from '../../api/apiFetch';
import type { Grants, ProjectRole } from './permissions';

export interface ProjectMembership {
  key: string;
  role: ProjectRole;
  production: boolean;
}

/** Body of `GET /api/v1/users/me`. */
export interface CurrentUser extends Grants {
  username: string;
  displayName: string;
  email: string;
  kind: 'user' | 'service-account';
  projects: ProjectMembership[];
}

export const currentUserKey = ['users', 'me'] as const;

/** Who is signed in, or null when no one is (the API answers 401). */
export async function getCurrentUser(signal?: AbortSignal): Promise<CurrentUser | null> {
  try {
    return await apiFetch<CurrentUser>('/api/v1/users/me', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
