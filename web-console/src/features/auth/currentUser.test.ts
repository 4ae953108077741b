import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { currentUserTimeoutMs, getCurrentUser } from './currentUser';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('document', { cookie: '' });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

/** A fetch that only ever ends when its request is aborted, like a request a server never answers. */
const neverAnswered: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

describe('getCurrentUser', () => {
  it('answers null when no one is signed in', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ title: 'Unauthorized', status: 401 }), { status: 401 }));

    await expect(getCurrentUser()).resolves.toBeNull();
  });

  it('gives up on a request that is never answered, as a network error the query retries', async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementation(neverAnswered);

    const user = getCurrentUser();
    const settled = expect(user).rejects.toSatisfy((error: unknown) => error instanceof ApiError && error.status === 0);
    await vi.advanceTimersByTimeAsync(currentUserTimeoutMs + 1);

    await settled;
  });

  it('still stops when the caller cancels first', async () => {
    fetchMock.mockImplementation(neverAnswered);
    const caller = new AbortController();

    const user = getCurrentUser(caller.signal);
    caller.abort();

    await expect(user).rejects.toMatchObject({ name: 'AbortError' });
  });
});
