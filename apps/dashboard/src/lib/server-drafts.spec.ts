import { act, renderHook, waitFor } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { setCsrfToken } from './api-client';
import { useServerDraft } from './server-drafts';

type FetchArgs = [input: string, init: RequestInit];
let fetchMock: jest.Mock<Promise<Response>, FetchArgs>;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function useDraftedForm() {
  const form = useForm({ defaultValues: { text: '', sharing: '' } });
  const draft = useServerDraft('reflection:new:free', form, { delayMs: 20 });
  return { form, draft };
}

beforeEach(() => {
  fetchMock = jest.fn<Promise<Response>, FetchArgs>();
  global.fetch = fetchMock as unknown as typeof fetch;
  setCsrfToken('csrf');
});

describe('useServerDraft', () => {
  it('puts the saved draft back when the form opens', async () => {
    fetchMock.mockResolvedValueOnce(
      json(200, {
        key: 'reflection:new:free',
        data: { text: 'half a thought' },
        updatedAt: '2026-03-01T10:00:00Z',
      }),
    );
    const { result } = renderHook(() => useDraftedForm());
    // The form's values change at once (reset), restoredAt with the next render: wait for both.
    await waitFor(() => {
      expect(result.current.form.getValues('text')).toBe('half a thought');
      expect(result.current.draft.restoredAt).toBe('2026-03-01T10:00:00Z');
    });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/me/drafts/reflection%3Anew%3Afree');
  });

  it('saves once, a moment after the last change, and says so; nothing after hold()', async () => {
    fetchMock.mockResolvedValueOnce(json(404, { code: 'NOT_FOUND', title: 'Not found' }));
    const { result } = renderHook(() => useDraftedForm());
    await waitFor(() => expect(result.current.draft.status).toBe('idle'));

    fetchMock.mockResolvedValue(json(200, { key: 'reflection:new:free', updatedAt: '2026-03-01T10:00:01Z' }));
    act(() => {
      result.current.form.setValue('text', 'I', { shouldDirty: true });
      result.current.form.setValue('text', 'I asked', { shouldDirty: true });
    });
    await waitFor(() => expect(result.current.draft.status).toBe('saved'));
    const puts = fetchMock.mock.calls.filter(([, init]) => init.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(JSON.parse(puts[0]?.[1].body as string)).toEqual({ data: { text: 'I asked', sharing: '' } });

    await act(() => result.current.draft.hold());
    act(() => result.current.form.setValue('text', 'I asked twice', { shouldDirty: true }));
    await new Promise((r) => setTimeout(r, 60));
    expect(fetchMock.mock.calls.filter(([, init]) => init.method === 'PUT')).toHaveLength(1);
  });

  it('on submit, saves the words typed since the last autosave before holding', async () => {
    fetchMock.mockResolvedValueOnce(json(404, { code: 'NOT_FOUND', title: 'Not found' }));
    const { result } = renderHook(() => useDraftedForm());
    await waitFor(() => expect(result.current.draft.status).toBe('idle'));
    fetchMock.mockResolvedValue(json(200, { key: 'reflection:new:free', updatedAt: '2026-03-01T10:00:01Z' }));
    act(() => result.current.form.setValue('text', 'typed just now', { shouldDirty: true }));
    await act(() => result.current.draft.hold()); // before the debounce fired
    const puts = fetchMock.mock.calls.filter(([, init]) => init.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(JSON.parse(puts[0]?.[1].body as string)).toEqual({
      data: { text: 'typed just now', sharing: '' },
    });
    await new Promise((r) => setTimeout(r, 60));
    expect(fetchMock.mock.calls.filter(([, init]) => init.method === 'PUT')).toHaveLength(1);
  });
});
