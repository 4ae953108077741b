import { apiFetch, jsonRequest, segment } from '../../../api/apiFetch';

/** A lane of `GET /api/v1/lanes`. */
export interface Lane {
  name: string;
  description: string | null;
  strict: boolean;
  lockedServices: string[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** `GET /api/v1/lanes`: every lane, sorted by name, and the platform's lane revision. */
export interface LaneCatalog {
  revision: number;
  lanes: Lane[];
}

export interface LaneChanges {
  name: string;
  description?: string;
  strict?: boolean;
  lockedServices?: string[];
}

/** `POST /api/v1/lanes/{name}/tokens`: pins a lane for the tester who asked. */
export interface LaneToken {
  token: string;
  lane: string;
  expiresAt: string;
}

/** The headers a pinned request sends to a gray gateway (the gateway's defaults). */
export const laneHeader = 'x-aviary-lane';
export const laneTokenHeader = 'x-aviary-lane-token';

export const listLanes = (signal?: AbortSignal) => apiFetch<LaneCatalog>('/api/v1/lanes', { signal });

/** Creates or replaces a lane; `expectedVersion` makes it fail with 412 when someone changed it meanwhile. */
export function putLane({ name, ...lane }: LaneChanges, expectedVersion?: number) {
  const request = jsonRequest('PUT', { description: lane.description || null, strict: lane.strict ?? false, lockedServices: lane.lockedServices ?? [] });
  if (expectedVersion !== undefined) request.headers = { ...request.headers, 'If-Match': `"${expectedVersion}"` };
  return apiFetch<Lane>(`/api/v1/lanes/${segment(name)}`, request);
}

export const deleteLane = (name: string) => apiFetch<void>(`/api/v1/lanes/${segment(name)}`, { method: 'DELETE' });

export const createLaneToken = (name: string, ttlMinutes: number) =>
  apiFetch<LaneToken>(`/api/v1/lanes/${segment(name)}/tokens`, jsonRequest('POST', { ttlMinutes }));
