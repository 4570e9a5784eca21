import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { setCsrfToken } from './api-client';
import {
  clearDrafts,
  hasDraft,
  newerDraft,
  readDraft,
  setDraftOwner,
  stashDrafts,
  type LocalDraft,
} from './draft-store';
import { useDraft } from './drafts';
import { createQueryClient } from './query-client';
import { hasUnsent } from './unsent';

type FetchArgs = [input: string, init: RequestInit];
let fetchMock: jest.Mock<Promise<Response>, FetchArgs>;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const notFound = () => json(404, { code: 'NOT_FOUND', title: 'Not found' });
const puts = () => fetchMock.mock.calls.filter(([, init]) => init.method === 'PUT');
const putBody = (i: number) => JSON.parse(puts()[i]?.[1].body as string) as unknown;

function wrapper({ children }: { children: ReactNode }) {
  return createElement(QueryClientProvider, { client: createQueryClient() }, children);
}

/** A client's entry form: the local copy and the server draft. */
function useEntryForm() {
  const form = useForm({ defaultValues: { text: '', sharing: '' } });
  const draft = useDraft('reflection:new:free', form, { server: true, delayMs: 20 });
  return { form, draft };
}

/** A staff form: the local copy only. */
function useSettingsForm(key = 'settings') {
  const form = useForm({ defaultValues: { name: 'Harbour', password: '' } });
  const draft = useDraft(key, form);
  return { form, draft };
}

beforeEach(() => {
  localStorage.clear();
  clearDrafts();
  setDraftOwner('alice');
  fetchMock = jest.fn<Promise<Response>, FetchArgs>();
  global.fetch = fetchMock as unknown as typeof fetch;
  setCsrfToken('csrf');
});

describe('the local copy', () => {
  it('is written on every change, at once, without its password fields, and comes back when the form opens again', () => {
    const first = renderHook(() => useSettingsForm(), { wrapper });
    act(() => {
      first.result.current.form.setValue('name', 'Harbour and Co');
      first.result.current.form.setValue('password', 'secret words here');
    });
    // No timer, no await: a reload now would find it.
    expect(readDraft('settings')?.values).toEqual({ name: 'Harbour and Co' });
    expect(JSON.stringify(localStorage)).not.toContain('secret words here');
    expect(Object.keys(localStorage)).toEqual(['askwell.draft.v1:alice:settings']);
    first.unmount();

    const again = renderHook(() => useSettingsForm(), { wrapper });
    expect(again.result.current.draft.restoredAt).not.toBeNull();
    expect(again.result.current.form.getValues()).toEqual({ name: 'Harbour and Co', password: '' });
  });

  it('keeps only forms that differ from how they opened, and is gone once sent or thrown away', () => {
    const touched = renderHook(() => useSettingsForm('a'), { wrapper });
    const untouched = renderHook(() => useSettingsForm('b'), { wrapper });
    act(() => touched.result.current.form.setValue('name', 'Other'));
    expect(hasDraft('a')).toBe(true);
    expect(hasDraft('b')).toBe(false);
    act(() => touched.result.current.form.setValue('name', 'Harbour'));
    expect(hasDraft('a')).toBe(false);

    act(() => touched.result.current.form.setValue('name', 'Other again'));
    expect(hasUnsent()).toBe(true);
    act(() => touched.result.current.draft.discard());
    expect(hasDraft('a')).toBe(false);
    expect(hasUnsent()).toBe(false);
    untouched.unmount();
  });

  it('belongs to one account: another person signing in does not see it', () => {
    const form = renderHook(() => useSettingsForm(), { wrapper });
    act(() => form.result.current.form.setValue('name', 'Private note'));
    form.unmount();
    setDraftOwner('bob');
    expect(hasDraft('settings')).toBe(false);
    expect(renderHook(() => useSettingsForm(), { wrapper }).result.current.draft.restoredAt).toBeNull();
    setDraftOwner('alice');
    expect(hasDraft('settings')).toBe(true);
  });

  it('is removed from the device by a sign-out on purpose', () => {
    const form = renderHook(() => useSettingsForm(), { wrapper });
    act(() => form.result.current.form.setValue('name', 'Private note'));
    clearDrafts();
    expect(localStorage.length).toBe(0);
    setDraftOwner('alice');
    expect(hasDraft('settings')).toBe(false);
  });

  it('after an idle sign-out waits in memory only, and comes back for the same person (not for another)', () => {
    const form = renderHook(() => useSettingsForm(), { wrapper });
    act(() => form.result.current.form.setValue('name', 'Harbour and Co'));
    form.unmount();
    expect(stashDrafts()).toBe(1);
    expect(localStorage.length).toBe(0);
    setDraftOwner('alice');
    expect(readDraft('settings')?.values).toEqual({ name: 'Harbour and Co' });

    stashDrafts();
    setDraftOwner('bob');
    setDraftOwner('alice');
    expect(hasDraft('settings')).toBe(false);
  });
});

describe('merging the local copy with the server draft', () => {
  const local = (updatedAt: string, syncedAt: string | null = null): LocalDraft => ({
    values: { text: 'here' },
    updatedAt,
    syncedAt,
    submitKey: null,
  });
  const server = (updatedAt: string) => ({ key: 'k', data: { text: 'there' }, updatedAt });

  it('takes the newer by time', () => {
    expect(newerDraft(local('2026-03-01T10:00:05Z'), server('2026-03-01T10:00:01Z'))).toBe('local');
    expect(newerDraft(local('2026-03-01T10:00:01Z'), server('2026-03-01T10:00:05Z'))).toBe('server');
    expect(newerDraft(null, server('2026-03-01T10:00:05Z'))).toBe('server');
    expect(newerDraft(local('2026-03-01T10:00:05Z'), null)).toBe('local');
    expect(newerDraft(null, null)).toBeNull();
  });

  it('keeps the local copy when the server holds nothing this device has not seen, whatever the clocks say', () => {
    // This device's clock is behind: typed after its last save, stamped "earlier" than the server's row.
    expect(
      newerDraft(local('2026-03-01T09:00:00Z', '2026-03-01T10:00:05Z'), server('2026-03-01T10:00:05Z')),
    ).toBe('local');
  });
});

describe('the server draft', () => {
  it('puts the saved draft back when the form opens', async () => {
    fetchMock.mockResolvedValueOnce(
      json(200, {
        key: 'reflection:new:free',
        data: { text: 'half a thought' },
        updatedAt: '2026-03-01T10:00:00Z',
      }),
    );
    const { result } = renderHook(() => useEntryForm(), { wrapper });
    // The form's values change at once (reset), restoredAt with the next render: wait for both.
    await waitFor(() => {
      expect(result.current.form.getValues('text')).toBe('half a thought');
      expect(result.current.draft.restoredAt).toBe('2026-03-01T10:00:00Z');
    });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/me/drafts/reflection%3Anew%3Afree');
    expect(readDraft('reflection:new:free')?.values).toEqual({ text: 'half a thought' });
  });

  it('loses to a newer local copy, which is sent to the server', async () => {
    localStorage.setItem(
      'askwell.draft.v1:alice:reflection:new:free',
      JSON.stringify({
        values: { text: 'typed offline, later', sharing: '' },
        updatedAt: '2026-03-01T11:00:00Z',
        syncedAt: null,
        submitKey: null,
      }),
    );
    fetchMock
      .mockResolvedValueOnce(
        json(200, { key: 'reflection:new:free', data: { text: 'older' }, updatedAt: '2026-03-01T10:00:00Z' }),
      )
      .mockResolvedValue(json(200, { key: 'reflection:new:free', updatedAt: '2026-03-01T11:00:01Z' }));
    const { result } = renderHook(() => useEntryForm(), { wrapper });
    expect(result.current.form.getValues('text')).toBe('typed offline, later');
    await waitFor(() => expect(result.current.draft.status).toBe('saved'));
    expect(result.current.form.getValues('text')).toBe('typed offline, later');
    expect(putBody(0)).toEqual({ data: { text: 'typed offline, later', sharing: '' } });
    expect(readDraft('reflection:new:free')?.syncedAt).toBe('2026-03-01T11:00:01Z');
  });

  it('saves once, a moment after the last change, and says so; nothing after holdForSubmit()', async () => {
    fetchMock.mockResolvedValueOnce(notFound());
    const { result } = renderHook(() => useEntryForm(), { wrapper });
    await waitFor(() => expect(result.current.draft.status).toBe('idle'));

    fetchMock.mockResolvedValue(json(200, { key: 'reflection:new:free', updatedAt: '2026-03-01T10:00:01Z' }));
    act(() => {
      result.current.form.setValue('text', 'I', { shouldDirty: true });
      result.current.form.setValue('text', 'I asked', { shouldDirty: true });
    });
    expect(hasUnsent()).toBe(true);
    await waitFor(() => expect(result.current.draft.status).toBe('saved'));
    expect(puts()).toHaveLength(1);
    expect(putBody(0)).toEqual({ data: { text: 'I asked', sharing: '' } });
    expect(hasUnsent()).toBe(false);

    await act(() => result.current.draft.holdForSubmit('key-1'));
    act(() => result.current.form.setValue('text', 'I asked twice', { shouldDirty: true }));
    await new Promise((r) => setTimeout(r, 60));
    expect(puts()).toHaveLength(1);
    // …while the local copy still follows, with the submission's key beside it.
    expect(readDraft('reflection:new:free')).toMatchObject({
      values: { text: 'I asked twice' },
      submitKey: 'key-1',
    });
  });

  it('on submit, saves the words typed since the last autosave before holding', async () => {
    fetchMock.mockResolvedValueOnce(notFound());
    const { result } = renderHook(() => useEntryForm(), { wrapper });
    await waitFor(() => expect(result.current.draft.status).toBe('idle'));
    fetchMock.mockResolvedValue(json(200, { key: 'reflection:new:free', updatedAt: '2026-03-01T10:00:01Z' }));
    act(() => result.current.form.setValue('text', 'typed just now', { shouldDirty: true }));
    await act(() => result.current.draft.holdForSubmit('key-1')); // before the debounce fired
    expect(puts()).toHaveLength(1);
    expect(putBody(0)).toEqual({ data: { text: 'typed just now', sharing: '' } });
    await new Promise((r) => setTimeout(r, 60));
    expect(puts()).toHaveLength(1);
  });

  it('offline: keeps the text on this device, says so, and sends it when the connection is back', async () => {
    fetchMock.mockResolvedValueOnce(notFound());
    const { result } = renderHook(() => useEntryForm(), { wrapper });
    await waitFor(() => expect(result.current.draft.status).toBe('idle'));
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    act(() => result.current.form.setValue('text', 'on the train', { shouldDirty: true }));
    await waitFor(() => expect(result.current.draft.status).toBe('not-saved'));
    expect(readDraft('reflection:new:free')?.values).toEqual({ text: 'on the train', sharing: '' });
    expect(hasUnsent()).toBe(true);

    fetchMock.mockResolvedValue(json(200, { key: 'reflection:new:free', updatedAt: '2026-03-01T10:00:01Z' }));
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(result.current.draft.status).toBe('saved'));
    expect(putBody(1)).toEqual({ data: { text: 'on the train', sharing: '' } });
  });

  it('when the session has ended, says so (the sign-in is offered beside it)', async () => {
    fetchMock.mockResolvedValueOnce(notFound());
    const { result } = renderHook(() => useEntryForm(), { wrapper });
    await waitFor(() => expect(result.current.draft.status).toBe('idle'));
    fetchMock.mockResolvedValueOnce(json(401, { code: 'UNAUTHENTICATED', title: 'Please sign in' }));
    act(() => result.current.form.setValue('text', 'after the session ended', { shouldDirty: true }));
    await waitFor(() => expect(result.current.draft.status).toBe('signed-out'));
    expect(readDraft('reflection:new:free')?.values).toEqual({
      text: 'after the session ended',
      sharing: '',
    });
  });
});
