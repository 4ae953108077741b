import { ApiError } from './ApiError';
import { changesState, currentXsrfToken, xsrfHeaderName } from './csrf';

/**
 * Calls the platform API on the console's own origin (the gateway routes `/api/**`) with the
 * session cookie, adding the CSRF header to every state-changing call.
 * Resolves with the parsed JSON body (undefined for 204); rejects with an {@link ApiError} (or the
 * AbortError of a request the caller cancelled).
 */
export async function apiFetch<T>(path: string, init?: RequestInit): Promise<T> {
  const headers = new Headers(init?.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  if (changesState(init?.method)) {
    const token = currentXsrfToken();
    if (token) headers.set(xsrfHeaderName, token);
  }
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
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

/** A request carrying `body` as JSON. */
export function jsonRequest(method: 'POST' | 'PUT' | 'PATCH', body: unknown): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
}

/** A path segment taken from user input or a URL, safe to put into an API path. */
export const segment = (value: string) => encodeURIComponent(value);
