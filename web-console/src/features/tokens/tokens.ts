import { apiFetch, jsonRequest, segment } from '../../api/apiFetch';
import { asPaged, withQuery, type PageRequest, type Paged } from '../../api/paged';
import { projectPermissions } from '../auth/permissions';

/** An API token as listed; the secret itself is never listed. */
export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  owner: string;
  /** null: every project of the owner. */
  projects: string[] | null;
  /** null: every permission of the owner. */
  permissions: string[] | null;
  /** null: never expires (the bootstrap token). */
  expiresAt: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The answer to creating a token: the only time its secret is shown. */
export interface CreatedApiToken extends ApiToken {
  token: string;
}

export interface NewApiToken {
  name: string;
  expiresInDays: number;
  projects?: string[];
  permissions?: string[];
}

/** What a token may be narrowed to; `production` must be listed for a narrowed token to act on production. */
export const tokenPermissions = [...projectPermissions, 'production'];
export const defaultExpiryDays = 90;
export const maximumExpiryDays = 365;

/** Whose tokens a token view shows: the signed-in user's or a service account's. */
export interface TokenOwner {
  path: string;
  queryKey: readonly unknown[];
}

export const myTokens: TokenOwner = { path: '/api/v1/tokens', queryKey: ['tokens', 'mine'] };

export function serviceAccountTokens(name: string): TokenOwner {
  return { path: `/api/v1/service-accounts/${segment(name)}/tokens`, queryKey: ['service-accounts', 'detail', name, 'tokens'] };
}

// A service account's token list is documented by its item shape only; take it paged or as an array.
export const listTokens = async (owner: TokenOwner, request: PageRequest, signal?: AbortSignal) =>
  asPaged(await apiFetch<Paged<ApiToken> | ApiToken[]>(withQuery(owner.path, { page: request.page, size: request.size }), { signal }));

export const createToken = (owner: TokenOwner, token: NewApiToken) => apiFetch<CreatedApiToken>(owner.path, jsonRequest('POST', token));

export const revokeToken = (owner: TokenOwner, id: string) => apiFetch<void>(`${owner.path}/${segment(id)}`, { method: 'DELETE' });

/** An empty scope is left out of the request: absent means "all", an empty list would mean "none". */
export function newTokenRequest(values: NewApiToken): NewApiToken {
  return {
    name: values.name.trim(),
    expiresInDays: values.expiresInDays,
    ...(values.projects?.length ? { projects: values.projects } : {}),
    ...(values.permissions?.length ? { permissions: values.permissions } : {}),
  };
}

export type TokenStatus = 'Active' | 'Revoked' | 'Expired';

export function tokenStatus(token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now: Date): TokenStatus {
  if (token.revokedAt) return 'Revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return 'Expired';
  return 'Active';
}
