import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError';
import { apiFetch, jsonRequest } from './apiFetch';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('document', { cookie: 'SESSION_HINT=1; XSRF-TOKEN=csrf-123' });
  fetchMock.mockImplementation(async () => new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'Content-Type': 'application/json' } }));
});

afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

const sent = () => {
  const [path, init] = fetchMock.mock.calls[0];
  return { path, init: init!, headers: new Headers(init!.headers) };
};

describe('apiFetch', () => {
  it('sends the session cookie and no CSRF header on a GET', async () => {
    await expect(apiFetch('/api/v1/projects')).resolves.toEqual({ ok: true });

    const { path, init, headers } = sent();
    expect(path).toBe('/api/v1/projects');
    expect(init.credentials).toBe('same-origin');
    expect(headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('sends the XSRF-TOKEN cookie back as X-XSRF-TOKEN on every state-changing method', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      fetchMock.mockClear();
      await apiFetch('/api/v1/projects/shop', { method });
      expect(sent().headers.get('X-XSRF-TOKEN'), method).toBe('csrf-123');
    }
  });

  it('sends a JSON body with its content type, keeping the CSRF header', async () => {
    await apiFetch('/api/v1/projects', jsonRequest('POST', { key: 'shop' }));

    const { init, headers } = sent();
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"key":"shop"}');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('X-XSRF-TOKEN')).toBe('csrf-123');
  });

  it('sends no CSRF header when the gateway has not set the cookie', async () => {
    vi.stubGlobal('document', { cookie: '' });

    await apiFetch('/api/v1/tokens/7', { method: 'DELETE' });

    expect(sent().headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('resolves undefined for 204 No Content', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));

    await expect(apiFetch('/api/v1/tokens/7', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('rejects with the ApiError of a problem document', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ type: '/problems/forbidden', title: 'Forbidden', status: 403, detail: 'Requires application.write on project shop' }), {
        status: 403,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );

    const error = await apiFetch('/api/v1/projects/shop/applications', { method: 'POST' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, detail: 'Requires application.write on project shop' });
  });
});
