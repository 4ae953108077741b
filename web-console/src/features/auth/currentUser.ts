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

/**
 * How long the console waits for `users/me` before it gives up on that request. Everything waits on
 * this answer; a request that never returns would otherwise leave the whole console spinning. A timed
 * out request counts as a network error, which the query retries.
 */
export const currentUserTimeoutMs = 10_000;

/** Who is signed in, or null when no one is (the API answers 401). */
export async function getCurrentUser(signal?: AbortSignal): Promise<CurrentUser | null> {
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new DOMException(`no answer within ${currentUserTimeoutMs / 1000} s`, 'TimeoutError')),
    currentUserTimeoutMs,
  );
  try {
    const signals = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
    return await apiFetch<CurrentUser>('/api/v1/users/me', { signal: signals });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
