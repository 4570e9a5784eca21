import { API_BASE } from '../config/paths';

export interface FieldError {
  path: string;
  message: string;
}

/** A failed API call, from RFC 9457 problem details (or a network failure, with status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors: FieldError[] = [],
    readonly requestId?: string,
  ) {
    super(detail ?? title);
    this.name = 'ApiError';
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

/**
 * The practice requires two-step sign-in and the session was opened without it: the server has ended it, and
 * signing in again sets it up (TWO_FACTOR_SETUP_REQUIRED) or asks for a code (TWO_FACTOR_REQUIRED).
 */
export const isTwoFactorRequired = (error: unknown): boolean =>
  error instanceof ApiError &&
  error.status === 403 &&
  (error.code === 'TWO_FACTOR_SETUP_REQUIRED' || error.code === 'TWO_FACTOR_REQUIRED');

interface ProblemBody {
  title?: unknown;
  detail?: unknown;
  code?: unknown;
  errors?: unknown;
  requestId?: unknown;
}

function isFieldErrors(x: unknown): x is FieldError[] {
  return (
    Array.isArray(x) && x.every((e) => typeof e === 'object' && e !== null && 'path' in e && 'message' in e)
  );
}

export async function toApiError(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await res.json()) as ProblemBody;
      return new ApiError(
        res.status,
        typeof body.code === 'string' ? body.code : `HTTP_${res.status}`,
        typeof body.title === 'string' ? body.title : res.statusText,
        typeof body.detail === 'string' ? body.detail : undefined,
        isFieldErrors(body.errors) ? body.errors : [],
        typeof body.requestId === 'string' ? body.requestId : undefined,
      );
    } catch {
      // fall through to a generic error
    }
  }
  return new ApiError(res.status, `HTTP_${res.status}`, res.statusText || 'Request failed');
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * The signed-in session's CSRF token. The API refuses a change (POST/PATCH/PUT/DELETE) from a signed-in
 * session without it; the auth feature sets it whenever it learns the session, and clears it on sign-out.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export interface ApiResponse<T> {
  data: T;
  headers: Headers;
}

/** Like api(), but also returns the response headers (for an ETag, say). */
export async function apiResponse<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(
      0,
      'NETWORK_ERROR',
      'No connection',
      'We could not reach Askwell. Check your connection; nothing you typed is lost.',
    );
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return { data: undefined as T, headers: res.headers };
  return { data: (await res.json()) as T, headers: res.headers };
}

/** The ETag an update must name (If-Match) when the answer carried none: built from the view's version. */
export const etagOf = (version: number): string => `"v${version}"`;

/** Calls the API under /api (paths like '/v1/…' or '/health'); JSON in, JSON out, ApiError on failure. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiResponse<T>(path, options)).data;
}
