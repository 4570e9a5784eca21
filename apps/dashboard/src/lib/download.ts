import { useCallback, useRef, useState } from 'react';
import { API_BASE } from '../config/paths';
import { ApiError, toApiError } from './api-client';

export interface DownloadProgress {
  received: number;
  /** From Content-Length; null when the server did not say. */
  total: number | null;
}

/** The filename in Content-Disposition (attachment; filename="…"), or the fallback. */
export function filenameOf(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1]?.trim() || fallback;
}

/** Reads a response body to the end, reporting the bytes received as they arrive. */
export async function readWithProgress(
  res: Response,
  onProgress: (p: DownloadProgress) => void,
): Promise<Blob> {
  const length = Number(res.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  if (!res.body) {
    const blob = await res.blob();
    onProgress({ received: blob.size, total });
    return blob;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total });
  }
  return new Blob(chunks, { type });
}

/** Hands a Blob to the browser as a download, and lets the object URL go afterwards. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Give the browser a moment to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

export type DownloadState =
  | { status: 'idle' }
  | { status: 'preparing' }
  | { status: 'downloading'; progress: DownloadProgress }
  | { status: 'done'; filename: string }
  | { status: 'failed'; error: ApiError };

/**
 * Fetches a file from the API with the signed-in session, shows how far it has come, then saves it.
 * `save` is replaceable for tests.
 */
export function useDownload(save: (blob: Blob, filename: string) => void = saveBlob) {
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  const running = useRef(false);
  const start = useCallback(
    async (path: string, fallbackName: string) => {
      if (running.current) return;
      running.current = true;
      setState({ status: 'preparing' });
      try {
        let res: Response;
        try {
          res = await fetch(`${API_BASE}${path}`, { credentials: 'same-origin' });
        } catch {
          throw new ApiError(0, 'NETWORK_ERROR', 'No connection', 'We could not reach Askwell.');
        }
        if (!res.ok) throw await toApiError(res);
        const blob = await readWithProgress(res, (progress) => setState({ status: 'downloading', progress }));
        const filename = filenameOf(res.headers.get('content-disposition'), fallbackName);
        save(blob, filename);
        setState({ status: 'done', filename });
      } catch (e) {
        setState({
          status: 'failed',
          error:
            e instanceof ApiError
              ? e
              : new ApiError(0, 'DOWNLOAD_FAILED', 'The download stopped', 'Please try again.'),
        });
      } finally {
        running.current = false;
      }
    },
    [save],
  );
  return { state, start };
}

/** "120 kB of 300 kB" (or "120 kB" when the size is unknown). */
export function progressText(p: DownloadProgress): string {
  const kb = (n: number) => (n < 1024 ? `${n} bytes` : `${Math.round(n / 1024).toLocaleString()} kB`);
  return p.total === null ? kb(p.received) : `${kb(p.received)} of ${kb(p.total)}`;
}
