import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError';

function respond(body: string, status: number, contentType?: string, statusText = ''): Response {
  return new Response(body, { status, statusText, headers: contentType ? { 'Content-Type': contentType } : {} });
}

describe('ApiError.fromResponse', () => {
  it('reads every member of a problem+json document', async () => {
    const error = await ApiError.fromResponse(
      respond(
        JSON.stringify({
          type: '/problems/release-not-found',
          title: 'Release not found',
          status: 404,
          detail: 'Release 42 does not exist.',
          instance: '/api/v1/releases/42',
        }),
        404,
        'application/problem+json',
      ),
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      type: '/problems/release-not-found',
      title: 'Release not found',
      status: 404,
      detail: 'Release 42 does not exist.',
      instance: '/api/v1/releases/42',
      errors: [],
      message: 'Release 42 does not exist.',
    });
  });

  it('keeps per-field errors given as a list or as a map', async () => {
    const list = await ApiError.fromResponse(
      respond(
        JSON.stringify({
          title: 'Invalid request',
          status: 400,
          errors: [{ field: 'name', detail: 'must not be blank' }, { pointer: '#/version', message: 'bad version' }, 'junk'],
        }),
        400,
        'application/problem+json',
      ),
    );
    const map = await ApiError.fromResponse(
      respond(JSON.stringify({ title: 'Invalid request', errors: { name: 'must not be blank' } }), 400, 'application/problem+json'),
    );

    expect(list.type).toBe('about:blank');
    expect(list.errors).toEqual([
      { field: 'name', detail: 'must not be blank' },
      { field: '#/version', detail: 'bad version' },
    ]);
    expect(map.errors).toEqual([{ field: 'name', detail: 'must not be blank' }]);
    expect(map.status).toBe(400);
  });

  it('reads the platform’s validation problem with {field, message} errors', async () => {
    const error = await ApiError.fromResponse(
      respond(
        JSON.stringify({
          type: '/problems/invalid-request',
          title: 'Invalid request',
          status: 400,
          detail: '2 fields are invalid',
          errors: [
            { field: 'username', message: 'must match ^[a-z][a-z0-9._-]{1,62}$' },
            { field: 'password', message: 'must be at least 12 characters' },
          ],
        }),
        400,
        'application/problem+json',
      ),
    );

    expect(error.errors).toEqual([
      { field: 'username', detail: 'must match ^[a-z][a-z0-9._-]{1,62}$' },
      { field: 'password', detail: 'must be at least 12 characters' },
    ]);
  });

  it('understands Spring’s plain JSON error body', async () => {
    const error = await ApiError.fromResponse(
      respond(JSON.stringify({ status: 500, error: 'Internal Server Error', message: 'boom', path: '/x' }), 500, 'application/json'),
    );

    expect(error).toMatchObject({ title: 'Internal Server Error', status: 500, detail: 'boom' });
  });

  it('falls back to the status line for an HTML error page', async () => {
    const error = await ApiError.fromResponse(respond('<html><body>Bad gateway</body></html>', 502, 'text/html', 'Bad Gateway'));

    expect(error).toMatchObject({ type: 'about:blank', title: 'Bad Gateway', status: 502, detail: 'The server answered 502 Bad Gateway.', errors: [] });
  });

  it('uses a short plain-text body as the detail', async () => {
    const error = await ApiError.fromResponse(respond('upstream timed out', 504, 'text/plain;charset=UTF-8'));

    expect(error).toMatchObject({ title: 'HTTP 504', status: 504, detail: 'upstream timed out' });
  });

  it('does not trip over a body that claims to be JSON but is not', async () => {
    const error = await ApiError.fromResponse(respond('{not json', 500, 'application/problem+json', 'Internal Server Error'));

    expect(error).toMatchObject({ title: 'Internal Server Error', status: 500, detail: 'The server answered 500 Internal Server Error.' });
  });
});

describe('ApiError.network', () => {
  it('says the server could not be reached', () => {
    const error = ApiError.network(new TypeError('Failed to fetch'));

    expect(error).toMatchObject({ status: 0, title: 'Network error', detail: 'The server could not be reached (Failed to fetch).' });
  });
});
