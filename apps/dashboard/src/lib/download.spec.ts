import { act, renderHook, waitFor } from '@testing-library/react';
import { ApiError } from './api-client';
import { filenameOf, progressText, readWithProgress, useDownload, type DownloadProgress } from './download';

/** A body that arrives in the given chunks, one per read. */
function streamOf(chunks: number[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = chunks[i++];
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(65));
    },
  });
}

const fileResponse = (chunks: number[], headers: Record<string, string> = {}) =>
  new Response(streamOf(chunks), { status: 200, headers });

afterEach(() => {
  jest.restoreAllMocks();
});

describe('reading a download with progress', () => {
  it('reports the bytes received against Content-Length, chunk by chunk', async () => {
    const seen: DownloadProgress[] = [];
    const blob = await readWithProgress(
      fileResponse([3, 4, 5], { 'content-length': '12', 'content-type': 'application/zip' }),
      (p) => seen.push(p),
    );
    expect(seen).toEqual([
      { received: 0, total: 12 },
      { received: 3, total: 12 },
      { received: 7, total: 12 },
      { received: 12, total: 12 },
    ]);
    expect(blob.size).toBe(12);
    expect(blob.type).toBe('application/zip');
  });

  it('says the total is unknown without Content-Length', async () => {
    const seen: DownloadProgress[] = [];
    await readWithProgress(fileResponse([2]), (p) => seen.push(p));
    expect(seen.at(-1)).toEqual({ received: 2, total: null });
  });

  it('takes the filename from Content-Disposition', () => {
    expect(filenameOf('attachment; filename="askwell-client-1.zip"', 'x')).toBe('askwell-client-1.zip');
    expect(filenameOf(null, 'fallback.json')).toBe('fallback.json');
  });

  it('words the progress', () => {
    expect(progressText({ received: 2048, total: 4096 })).toBe('2 kB of 4 kB');
    expect(progressText({ received: 10, total: null })).toBe('10 bytes');
  });
});

describe('useDownload', () => {
  it('fetches with the session, goes through downloading to done, and saves the blob under its name', async () => {
    const fetchMock = jest.spyOn(globalThis, 'fetch').mockResolvedValue(
      fileResponse([5, 5], {
        'content-length': '10',
        'content-type': 'application/json',
        'content-disposition': 'attachment; filename="client.json"',
      }),
    );
    const save = jest.fn<undefined, [Blob, string]>();
    const { result } = renderHook(() => useDownload(save));
    await act(() => result.current.start('/v1/clients/c1/export?format=json', 'export.json'));
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/clients/c1/export?format=json', {
      credentials: 'same-origin',
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].size).toBe(10);
    expect(save.mock.calls[0]?.[1]).toBe('client.json');
    expect(result.current.state).toEqual({ status: 'done', filename: 'client.json' });
  });

  it('shows progress while the body streams', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent === 0) {
          sent = 1;
          controller.enqueue(new Uint8Array(4));
          return;
        }
        await gate;
        controller.close();
      },
    });
    jest
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response(body, { headers: { 'content-length': '8' } }));
    const { result } = renderHook(() => useDownload(jest.fn()));
    let finished: Promise<void> = Promise.resolve();
    act(() => {
      finished = result.current.start('/v1/x', 'x.bin');
    });
    await waitFor(() =>
      expect(result.current.state).toEqual({ status: 'downloading', progress: { received: 4, total: 8 } }),
    );
    release();
    await act(() => finished);
    expect(result.current.state.status).toBe('done');
  });

  it('reports a refusal from the API as a problem, and saves nothing', async () => {
    jest.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify({ title: 'Not found', code: 'NOT_FOUND', detail: 'No such client.' }), {
        status: 404,
        headers: { 'content-type': 'application/problem+json' },
      }),
    );
    const save = jest.fn();
    const { result } = renderHook(() => useDownload(save));
    await act(() => result.current.start('/v1/x', 'x'));
    expect(save).not.toHaveBeenCalled();
    const state = result.current.state;
    expect(state.status).toBe('failed');
    if (state.status === 'failed') {
      expect(state.error).toBeInstanceOf(ApiError);
      expect(state.error.detail).toBe('No such client.');
    }
  });
});

describe('saveBlob', () => {
  it('clicks a link to an object URL and revokes it afterwards', async () => {
    jest.useFakeTimers();
    const created = 'blob:test/1';
    URL.createObjectURL = jest.fn(() => created);
    const revoke = jest.fn();
    URL.revokeObjectURL = revoke;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { saveBlob } = await import('./download');
    saveBlob(new Blob(['x']), 'a.json');
    expect(click).toHaveBeenCalledTimes(1);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(revoke).toHaveBeenCalledWith(created);
    jest.useRealTimers();
  });
});
