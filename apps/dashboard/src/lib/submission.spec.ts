import { QueryClientProvider, onlineManager, useMutation } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { api, setCsrfToken } from './api-client';
import { clearDrafts, readDraft, setDraftOwner } from './draft-store';
import { useDraft } from './drafts';
import { createQueryClient } from './query-client';
import { useSubmission, type Keyed } from './submission';
import { resendable } from './write';

/**
 * The real submission hook, a real TanStack mutation with the shared write options and the real API client,
 * with only the network faked: fetch fails the way a browser's does (TypeError) or answers like the API.
 */
type Body = { text: string };
type FetchArgs = [input: string, init: RequestInit];
let fetchMock: jest.Mock<Promise<Response>, FetchArgs>;

const created = () =>
  new Response(JSON.stringify({ id: 'e1' }), {
    status: 201,
    headers: { 'content-type': 'application/json' },
  });
const problem = (status: number, code: string) =>
  new Response(JSON.stringify({ title: 'Problem', code, errors: [] }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
const offline = () => Promise.reject(new TypeError('Failed to fetch'));
const posts = () => fetchMock.mock.calls.filter(([, init]) => init.method === 'POST');
const keys = () => posts().map(([, init]) => (init.headers as Record<string, string>)['idempotency-key']);

function wrapper({ children }: { children: ReactNode }) {
  return createElement(QueryClientProvider, { client: createQueryClient() }, children);
}

function useSendingForm(onSent = jest.fn(), onRefused = jest.fn(), retryDelay = 5) {
  const form = useForm<Body>({ defaultValues: { text: '' } });
  const draft = useDraft('note', form);
  const mutation = useMutation({
    mutationFn: ({ body, idempotencyKey }: Keyed<Body>) =>
      api<{ id: string }>('/v1/things', {
        method: 'POST',
        body,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    ...resendable,
    retryDelay,
  });
  const submission = useSubmission({ form, draft, mutation, onSent, onRefused });
  return { form, draft, submission };
}

beforeEach(() => {
  localStorage.clear();
  clearDrafts();
  setDraftOwner('alice');
  fetchMock = jest.fn<Promise<Response>, FetchArgs>();
  global.fetch = fetchMock as unknown as typeof fetch;
  setCsrfToken('csrf-token');
  onlineManager.setOnline(true);
});

describe('useSubmission through a TanStack mutation', () => {
  it('keeps the one key across automatic retries and "Try again" until the server confirms, then starts a new one', async () => {
    fetchMock.mockImplementation(offline);
    const onSent = jest.fn();
    const { result } = renderHook(() => useSendingForm(onSent, jest.fn(), 1), { wrapper });
    act(() => result.current.form.setValue('text', 'I asked for help today.'));
    await act(() => result.current.submission.submit());
    // Every automatic attempt failed: the form says "not sent yet", the text and its key stay.
    await waitFor(() => expect(result.current.submission.waiting?.isNetworkError).toBe(true));
    expect(posts()).toHaveLength(5); // the first attempt and four retries
    expect(new Set(keys()).size).toBe(1);
    expect(readDraft('note')).toMatchObject({
      values: { text: 'I asked for help today.' },
      submitKey: keys()[0],
    });
    expect(onSent).not.toHaveBeenCalled();

    fetchMock.mockReset();
    fetchMock.mockResolvedValueOnce(created());
    act(() => result.current.submission.retry());
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    const first = keys()[0];
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/things');
    expect((fetchMock.mock.calls[0]?.[1].headers as Record<string, string>)['x-csrf-token']).toBe(
      'csrf-token',
    );
    expect(readDraft('note')).toBeNull(); // sent: the local copy is gone

    fetchMock.mockResolvedValueOnce(created());
    act(() => result.current.form.setValue('text', 'And again.'));
    await act(() => result.current.submission.submit());
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(2));
    expect(keys()[1]).not.toBe(first);
  });

  it('waits while the browser is offline and sends again with the same key when it is back online', async () => {
    fetchMock.mockImplementationOnce(offline).mockResolvedValueOnce(created());
    const onSent = jest.fn();
    const { result } = renderHook(() => useSendingForm(onSent), { wrapper });
    act(() => result.current.form.setValue('text', 'On the train.'));
    onlineManager.setOnline(false);
    let sending: Promise<void> = Promise.resolve();
    act(() => {
      sending = result.current.submission.submit();
    });
    await waitFor(() => expect(result.current.submission.waiting).not.toBeNull());
    await new Promise((r) => setTimeout(r, 30));
    expect(posts()).toHaveLength(1); // paused: no retry while offline

    act(() => onlineManager.setOnline(true));
    await act(() => sending);
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(posts()).toHaveLength(2);
    expect(keys()[1]).toBe(keys()[0]);
  });

  it('retries by itself after a server error or while the first request is still running', async () => {
    fetchMock
      .mockResolvedValueOnce(problem(503, 'UNAVAILABLE'))
      .mockResolvedValueOnce(problem(409, 'REQUEST_IN_PROGRESS'))
      .mockResolvedValueOnce(created());
    const onSent = jest.fn();
    const { result } = renderHook(() => useSendingForm(onSent), { wrapper });
    act(() => result.current.form.setValue('text', 'Hello'));
    await act(() => result.current.submission.submit());
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(posts()).toHaveLength(3);
    expect(new Set(keys()).size).toBe(1);
  });

  it('ends the submission on a definite refusal, so the corrected text goes with a new key', async () => {
    fetchMock.mockResolvedValueOnce(problem(400, 'VALIDATION_FAILED')).mockResolvedValueOnce(created());
    const onRefused = jest.fn();
    const onSent = jest.fn();
    const { result } = renderHook(() => useSendingForm(onSent, onRefused), { wrapper });
    act(() => result.current.form.setValue('text', 'Hello'));
    await act(() => result.current.submission.submit());
    expect(onRefused).toHaveBeenCalledWith(expect.objectContaining({ status: 400 }));
    expect(posts()).toHaveLength(1);
    expect(readDraft('note')).toMatchObject({ values: { text: 'Hello' }, submitKey: null });

    await act(() => result.current.submission.submit());
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(keys()[1]).not.toBe(keys()[0]);
  });

  it('sends a submission left unconfirmed when the page went away again when it opens, with its key', async () => {
    localStorage.setItem(
      'askwell.draft.v1:alice:note',
      JSON.stringify({
        values: { text: 'Written offline, then the tab was closed.' },
        updatedAt: '2026-03-01T10:00:00Z',
        syncedAt: null,
        submitKey: 'key-from-before',
      }),
    );
    fetchMock.mockResolvedValueOnce(created());
    const onSent = jest.fn();
    renderHook(() => useSendingForm(onSent), { wrapper });
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(keys()).toEqual(['key-from-before']);
    expect(JSON.parse(posts()[0]?.[1].body as string)).toEqual({
      text: 'Written offline, then the tab was closed.',
    });
    expect(readDraft('note')).toBeNull();
  });
});
