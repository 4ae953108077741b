import { apiFetch, jsonRequest } from '../../api/apiFetch';
import { withQuery, type PageRequest, type Paged } from '../../api/paged';

/** A row of `GET /api/v1/users`. */
export interface User {
  username: string;
  displayName: string;
  email: string;
  admin: boolean;
  auditor: boolean;
  disabled: boolean;
  createdAt: string;
}

/** Body of `POST /api/v1/users`. */
export interface NewUser {
  username: string;
  displayName: string;
  email: string;
  password: string;
  admin?: boolean;
  auditor?: boolean;
}

/** Users and service accounts share this name space (docs/security.md). */
export const principalNamePattern = /^[a-z][a-z0-9._-]{1,62}$/;
export const minimumPasswordLength = 12;

export const listUsers = (request: PageRequest, signal?: AbortSignal) =>
  apiFetch<Paged<User>>(withQuery('/api/v1/users', { ...request }), { signal });

export const createUser = (user: NewUser) => apiFetch<User>('/api/v1/users', jsonRequest('POST', user));
