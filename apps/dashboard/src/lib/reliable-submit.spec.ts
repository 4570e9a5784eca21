import { act, renderHook, waitFor } from '@testing-library/react';
import type { SubmitResult } from '@askwell/domain';
import { api, setCsrfToken } from './api-client';
import { useReliableSubmit } from './reliable-submit';

/**
 * The real hook and the real API client, with only the network faked: fetch fails the way a browser's does
 * (TypeError) or answers like the API would.
 */
const body = {
  kind: 'reflection',
  assignmentId: null,
  reflection: {
    text: 'I asked for help today.',
    promptBarrierId: null,
    clientBarrierTags: [],
    sharing: 'shared',
  },
};

const created = (): Response =>
  new Response(
    JSON.stringify({
      entry: { id: 'e1', kind: 'reflection' },
      risk: { flagged: false, crisisResources: null },
    }),
    { status: 201, headers: { 'content-type': 'application/json' } },
  );

const problem = (status: number, code: string): Response =>
  new Response(JSON.stringify({ title: 'Problem', code, errors: [] }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

const offline = () => Promise.reject(new TypeError('Failed to fetch'));

type FetchArgs = [input: string, init: RequestInit];
let fetchMock: jest.Mock<Promise<Response>, FetchArgs>;

const keyOf = (call: FetchArgs) => (call[1].headers as Record<string, string>)['idempotency-key'];
const keys = () => fetchMock.mock.calls.map(keyOf);

function setOnline(value: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => value });
}

beforeEach(() => {
  fetchMock = jest.fn<Promise<Response>, FetchArgs>();
  global.fetch = fetchMock as unknown as typeof fetch;
  setCsrfToken('csrf-token');
  setOnline(true);
});

const send = (key: string) =>
  api<SubmitResult>('/v1/me/entries?draftKey=reflection%3Anew%3Afree', {
    method: 'POST',
    body,
    headers: { 'idempotency-key': key },
  });

describe('useReliableSubmit with the real API client', () => {
  it('keeps the text\'s one key across a network failure and "Try again", until the server confirms', async () => {
    fetchMock.mockImplementationOnce(offline).mockResolvedValueOnce(created());
    const onSuccess = jest.fn();
    const { result } = renderHook(() =>
      useReliableSubmit<SubmitResult>({
        onSuccess,
        baseDelayMs: 60_000,
        makeKey: () => `key-${Math.random()}`,
      }),
    );

    await act(() => result.current.submit(send));
    expect(result.current.state.status).toBe('waiting');
    expect(onSuccess).not.toHaveBeenCalled();

    await act(() => result.current.retry());
    expect(result.current.state.status).toBe('done');
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [first, second] = keys();
    expect(first).toMatch(/^key-/);
    expect(second).toBe(first);
    // The request itself: the create route, the draft to delete, and the CSRF header.
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/me/entries?draftKey=reflection%3Anew%3Afree');
    expect((fetchMock.mock.calls[0]?.[1].headers as Record<string, string>)['x-csrf-token']).toBe(
      'csrf-token',
    );

    // Confirmed: the next entry is a new series with a new key.
    fetchMock.mockResolvedValueOnce(created());
    await act(() => result.current.submit(send));
    expect(keys()[2]).not.toBe(first);
  });

  it('waits while the browser is offline and sends again with the same key when it comes back online', async () => {
    setOnline(false);
    fetchMock.mockImplementationOnce(offline).mockResolvedValueOnce(created());
    const { result } = renderHook(() => useReliableSubmit<SubmitResult>());
    await act(() => result.current.submit(send));
    expect(result.current.state).toMatchObject({ status: 'waiting', retryInMs: null });
    expect(fetchMock).toHaveBeenCalledTimes(1);

    setOnline(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(result.current.state.status).toBe('done'));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(keys()[1]).toBe(keys()[0]);
  });

  it('retries by itself with backoff after a server error or while the first request is still running', async () => {
    fetchMock
      .mockResolvedValueOnce(problem(503, 'UNAVAILABLE'))
      .mockResolvedValueOnce(problem(409, 'REQUEST_IN_PROGRESS'))
      .mockResolvedValueOnce(created());
    const { result } = renderHook(() => useReliableSubmit<SubmitResult>({ baseDelayMs: 5 }));
    await act(() => result.current.submit(send));
    await waitFor(() => expect(result.current.state.status).toBe('done'));
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(new Set(keys()).size).toBe(1);
  });

  it('ends the series on a definite refusal, so the corrected text goes with a new key', async () => {
    fetchMock.mockResolvedValueOnce(problem(400, 'VALIDATION_FAILED')).mockResolvedValueOnce(created());
    const onFailure = jest.fn();
    const { result } = renderHook(() => useReliableSubmit<SubmitResult>({ onFailure }));
    await act(() => result.current.submit(send));
    expect(result.current.state.status).toBe('failed');
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ status: 400 }));

    await act(() => result.current.submit(send));
    expect(result.current.state.status).toBe('done');
    expect(keys()[1]).not.toBe(keys()[0]);
  });

  it('stops retrying when the form goes away', async () => {
    fetchMock.mockImplementation(offline);
    const { result, unmount } = renderHook(() => useReliableSubmit<SubmitResult>({ baseDelayMs: 5 }));
    await act(() => result.current.submit(send));
    unmount();
    await new Promise((r) => setTimeout(r, 30));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
