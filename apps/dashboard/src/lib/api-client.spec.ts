import { ApiError, api, apiResponse, setCsrfToken } from './api-client';

function respond(status: number, body: unknown, type = 'application/problem+json') {
  global.fetch = jest
    .fn()
    .mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { 'content-type': type } }));
}

describe('api client', () => {
  it('returns the JSON body of a successful response', async () => {
    respond(200, { status: 'ok' }, 'application/json');
    await expect(api('/health')).resolves.toEqual({ status: 'ok' });
  });

  it('turns problem details into a typed ApiError with field errors', async () => {
    respond(400, {
      title: 'The request is not valid',
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'email', message: 'Invalid email' }],
      requestId: 'r1',
    });
    const error = await api('/v1/x', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'email', message: 'Invalid email' }],
      requestId: 'r1',
    });
  });

  it('reports a network failure as status 0 so callers can keep the text and retry', async () => {
    global.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    const error = (await api('/v1/x').catch((e: unknown) => e)) as ApiError;
    expect(error.isNetworkError).toBe(true);
    expect(error.code).toBe('NETWORK_ERROR');
  });

  it('copes with a non-JSON error body', async () => {
    respond(502, 'Bad gateway', 'text/html');
    await expect(api('/v1/x')).rejects.toMatchObject({ status: 502, code: 'HTTP_502' });
  });
});

describe('api client CSRF token', () => {
  afterEach(() => setCsrfToken(null));

  function sentHeaders(): Record<string, string> {
    const init = (global.fetch as jest.Mock).mock.calls[0][1] as RequestInit;
    return init.headers as Record<string, string>;
  }

  it('sends the session CSRF token with every change, and never with a read', async () => {
    setCsrfToken('csrf-123');
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE'] as const) {
      respond(200, {}, 'application/json');
      await api('/v1/x', { method, body: {} });
      expect(sentHeaders()['x-csrf-token']).toBe('csrf-123');
    }
    respond(200, {}, 'application/json');
    await api('/v1/x');
    expect(sentHeaders()['x-csrf-token']).toBeUndefined();
  });

  it('sends no token once signed out', async () => {
    setCsrfToken('csrf-123');
    setCsrfToken(null);
    respond(200, {}, 'application/json');
    await api('/v1/x', { method: 'POST', body: {} });
    expect(sentHeaders()).not.toHaveProperty('x-csrf-token');
  });

  it('returns response headers when asked, for an ETag', async () => {
    global.fetch = jest.fn().mockResolvedValue(
      new Response('{"id":"p"}', {
        status: 200,
        headers: { 'content-type': 'application/json', etag: '"v3"' },
      }),
    );
    const res = await apiResponse<{ id: string }>('/v1/practice');
    expect(res.data).toEqual({ id: 'p' });
    expect(res.headers.get('etag')).toBe('"v3"');
  });
});
