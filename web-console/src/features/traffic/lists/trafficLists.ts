import { apiFetch, segment } from '../../../api/apiFetch';
import { withQuery, type PageRequest, type Paged } from '../../../api/paged';

/** A traffic list's metadata: `GET /api/v1/traffic-lists` rows and `GET /api/v1/traffic-lists/{name}`. */
export interface TrafficList {
  name: string;
  description?: string | null;
  version: number;
  size: number;
  updatedAt: string;
  updatedBy?: string;
  createdAt?: string;
  createdBy?: string;
  /** The contract lists "version, size, updatedAt, ..."; whatever else the server sends is shown as is. */
  [more: string]: unknown;
}

export interface TrafficListUpload {
  name: string;
  description?: string;
  entries: string[];
}

/** The most entries one version holds, and the longest entry. */
export const maxEntries = 1_000_000;
export const maxEntryLength = 256;

const base = (name: string) => `/api/v1/traffic-lists/${segment(name)}`;

export const listTrafficLists = (request: PageRequest, signal?: AbortSignal) =>
  apiFetch<Paged<TrafficList>>(withQuery('/api/v1/traffic-lists', { ...request }), { signal });

export const getTrafficList = (name: string, signal?: AbortSignal) => apiFetch<TrafficList>(base(name), { signal });

/**
 * Uploads a new immutable version of a list as `text/plain`, one entry a line: the API streams that
 * form, so a million entries never sit in its memory as a JSON body. An empty description clears it.
 */
export const uploadTrafficList = ({ name, description, entries }: TrafficListUpload) =>
  apiFetch<TrafficList>(`${base(name)}?description=${encodeURIComponent(description?.trim() ?? '')}`, {
    method: 'PUT',
    body: entries.join('\n'),
    headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
  });

export const deleteTrafficList = (name: string) => apiFetch<void>(base(name), { method: 'DELETE' });

/** Where a version's entries download from, as `text/plain`. */
export const entriesUrl = (name: string, version: number) => `${base(name)}/versions/${version}/entries`;

/** One entry a line, blank lines ignored, as the API reads a `text/plain` upload. */
export const entriesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
