import { ApiError, api } from './api-client';

function respond(status: number, body: unknown, type = 'application/problem+json') {
  global.fetch = jest.fn().mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { 'content-type': type } }));
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
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', errors: [{ path: 'email', message: 'Invalid email' }], requestId: 'r1' });
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
