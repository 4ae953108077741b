import { ApiError } from '../../../api/ApiError';
import { apiFetch, jsonRequest, segment } from '../../../api/apiFetch';
import { withQuery, type PageRequest, type Paged } from '../../../api/paged';

/** A condition of the policy language: a composite (`all`, `any`, `not`) or one source with one operator. */
export type Condition = Record<string, unknown>;

export interface Rule {
  name: string;
  lane: string;
  when: Condition;
}

export type PolicyAction = 'put' | 'rollback' | 'clear';

/** One immutable version of a gateway's policy: `GET /api/v1/traffic-policies/{gateway}` and `.../versions/{n}`. */
export interface PolicyVersion {
  gateway: string;
  version: number;
  rules: Rule[];
  action: PolicyAction;
  comment: string | null;
  createdAt: string;
  createdBy: string;
}

export interface Replica {
  id: string;
  policyVersion: number;
  lastSeen: string;
}

/** A row of `GET /api/v1/traffic-policies`. */
export interface GatewaySummary {
  gateway: string;
  version: number;
  /** The number of rules. */
  rules: number;
  updatedAt: string;
  updatedBy: string;
  /** The contract does not say whether this is a count or the replicas themselves: the console takes either. */
  replicas: number | Replica[] | null;
}

export interface PolicyChanges {
  rules: Rule[];
  comment?: string;
}

export interface SampleRequest {
  headers: Record<string, string>;
  cookies: Record<string, string>;
  query: Record<string, string>;
  clientIp?: string;
  path?: string;
  /** A draft to try instead of the current version. */
  rules?: Rule[];
}

/** `lane` and `rule` are null when the request goes to the baseline. */
export interface Evaluation {
  lane: string | null;
  rule: string | null;
  version: number;
}

export interface StatsPoint {
  at: string;
  requests: number;
  errors: number;
}

export interface LaneStats {
  /** A lane's name or `baseline`. */
  lane: string;
  requests: number;
  errors: number;
  p50Ms: number | null;
  p99Ms: number | null;
  series: StatsPoint[];
}

/** `GET .../stats`: what the gateway's replicas reported over the last 5 minutes, in 10 s buckets. */
export interface GatewayStats {
  gateway: string;
  replicas: Replica[];
  lanes: LaneStats[];
}

const base = (gateway: string) => `/api/v1/traffic-policies/${segment(gateway)}`;

export const listGateways = (request: PageRequest, signal?: AbortSignal) =>
  apiFetch<Paged<GatewaySummary>>(withQuery('/api/v1/traffic-policies', { ...request }), { signal });

/** The current version, or null before the gateway's first policy (the API answers 404). */
export async function getPolicy(gateway: string, signal?: AbortSignal): Promise<PolicyVersion | null> {
  try {
    return await apiFetch<PolicyVersion>(base(gateway), { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const putPolicy = (gateway: string, changes: PolicyChanges) => apiFetch<PolicyVersion>(base(gateway), jsonRequest('PUT', changes));

export const listVersions = (gateway: string, request: PageRequest, signal?: AbortSignal) =>
  apiFetch<Paged<PolicyVersion>>(withQuery(`${base(gateway)}/versions`, { page: request.page, size: request.size }), { signal });

export const getVersion = (gateway: string, version: number, signal?: AbortSignal) =>
  apiFetch<PolicyVersion>(`${base(gateway)}/versions/${version}`, { signal });

export const rollback = (gateway: string, version: number) => apiFetch<PolicyVersion>(`${base(gateway)}/rollback`, jsonRequest('POST', { version }));

/** The emergency stop: a new version without rules, so every request goes to the baseline at once. */
export const clearPolicy = (gateway: string) => apiFetch<PolicyVersion>(base(gateway), { method: 'DELETE' });

export const evaluate = (gateway: string, sample: SampleRequest) => apiFetch<Evaluation>(`${base(gateway)}/evaluate`, jsonRequest('POST', sample));

export const getStats = (gateway: string, signal?: AbortSignal) => apiFetch<GatewayStats>(`${base(gateway)}/stats`, { signal });

/** The replica count of a gateway row, whichever shape the server sends. */
export const replicaCount = (replicas: GatewaySummary['replicas']) => (Array.isArray(replicas) ? replicas.length : (replicas ?? 0));
