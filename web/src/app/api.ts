import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../api/schema';

/** An RFC 9457 problem document as the server sends it. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly errors?: ReadonlyArray<{
    path: string;
    message: string;
    row?: number;
    field?: string;
    code?: string;
    params?: Record<string, string | number>;
  }>;
  readonly [key: string]: unknown;
}

/** A failed API call, carrying the server's problem document. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

let csrfToken: string | undefined;
let language = 'nl';

/** Remembers the CSRF token of the current session (from GET /api/session). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The language the server should answer in (problem details stay stable codes either way). */
export function setApiLanguage(lang: string): void {
  language = lang;
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Headers every call of ours carries: language, and the CSRF token on changes. */
export function requestHeaders(method: string): Record<string, string> {
  return { 'accept-language': language, ...(unsafe.has(method.toUpperCase()) && csrfToken ? { 'x-csrf-token': csrfToken } : {}) };
}

const headers: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(requestHeaders(request.method))) request.headers.set(name, value);
    return request;
  },
};

/** The typed client of the platform API (types generated from openapi.json). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(headers);

/** Turns anything thrown by a call into a problem document. */
export function toProblem(value: unknown, status = 0): Problem {
  if (value instanceof ApiError) return value.problem;
  if (typeof value === 'object' && value !== null && 'code' in value && 'title' in value) return value as Problem;
  return {
    type: '/problems/network',
    title: 'Network error',
    status,
    code: 'network',
    detail: value instanceof Error ? value.message : undefined,
  };
}

/** Unwraps an openapi-fetch result: the data, or an ApiError with the problem. */
export async function call<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch (error) {
    throw new ApiError(toProblem(error));
  }
  if (result.error !== undefined || !result.response.ok) throw new ApiError(toProblem(result.error, result.response.status));
  return result.data as T;
}
