import { apiFetch } from '../../api/apiFetch';

export type ServiceStatus = 'UP' | 'DOWN' | 'UNKNOWN';
export type OverallStatus = 'UP' | 'DEGRADED';

export interface ServiceHealth {
  name: string;
  status: ServiceStatus;
  url: string;
  latencyMs: number | null;
}

/** Body of `GET /api/v1/system/health`, as aggregated by the gateway. */
export interface SystemHealth {
  status: OverallStatus;
  services: ServiceHealth[];
  checkedAt: string;
}

export const getSystemHealth = (signal?: AbortSignal) => apiFetch<SystemHealth>('/api/v1/system/health', { signal });
