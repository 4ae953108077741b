import { ApiError } from './ApiError';

/**
 * Calls the platform API on the console's own origin (the gateway routes `/api/**`).
 * Resolves with the parsed JSON body; rejects with an {@link ApiError} (or the AbortError of a
 * request the caller cancelled).
 */
export async function apiFetch<T>(path: string, init?: RequestInit): Promise<T> {
  const headers = new Headers(init?.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw ApiError.network(cause);
  }
  if (!response.ok) throw await ApiError.fromResponse(response);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch (cause) {
    throw new ApiError(
      { type: 'about:blank', title: 'Unreadable response', status: response.status, detail: `${path} did not answer with JSON.`, errors: [] },
      { cause },
    );
  }
}
