import { apiFetch, jsonRequest, segment } from '../../api/apiFetch';
import { withQuery, type PageRequest, type Paged } from '../../api/paged';

/** A row of `GET /api/v1/service-accounts`. */
export interface ServiceAccount {
  name: string;
  description: string | null;
  createdAt: string;
  createdBy: string;
}

export interface NewServiceAccount {
  name: string;
  description?: string;
}

export const listServiceAccounts = (request: PageRequest, signal?: AbortSignal) =>
  apiFetch<Paged<ServiceAccount>>(withQuery('/api/v1/service-accounts', { ...request }), { signal });

export const createServiceAccount = (account: NewServiceAccount) =>
  apiFetch<ServiceAccount>('/api/v1/service-accounts', jsonRequest('POST', account));

export const deleteServiceAccount = (name: string) => apiFetch<void>(`/api/v1/service-accounts/${segment(name)}`, { method: 'DELETE' });
