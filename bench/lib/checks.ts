import type { HttpLoadResult } from './http-load.js';
import type { Target } from './suite.js';

/** A target a figure must not exceed. */
export const atMost = (value: number): Target => ({ comparison: 'at-most', value });
/** A target a figure must reach. */
export const atLeast = (value: number): Target => ({ comparison: 'at-least', value });

/** Fails a load phase that got no answers, or more than one in a thousand errors or non-2xx answers. */
export function assertClean(what: string, result: HttpLoadResult): void {
  if (result.requests === 0 || result.non2xx + result.errors > result.requests * 0.001) {
    throw new Error(`${what}: ${result.non2xx} non-2xx answers and ${result.errors} connection errors in ${result.requests} requests`);
  }
}

/** Reads a JSON answer, failing with the status and the start of the body when it is not 2xx. */
export async function responseJson<T>(response: Response, what: string): Promise<T> {
  const body = await response.text();
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${body.slice(0, 300)}`);
  return JSON.parse(body) as T;
}
