import { z } from 'zod';
import { MBO_CONSUMER } from '../domain/oeapi-map.js';

/*
 * Reading another institution's OEAPI v6 endpoint: every page of a collection, with a time limit per
 * request and for the whole run, a size limit per answer, and a clear reason when the source is down,
 * slow or answers with something that is not the OEAPI.
 */

/** Why a source could not be read. */
export type SourceErrorCode = 'timeout' | 'unreachable' | 'http-status' | 'invalid-json' | 'not-oeapi' | 'too-large' | 'too-many-pages';

/** A source that could not be read, with the reason and the address that failed. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    readonly code: SourceErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Limits of one harvest. */
export interface ReadLimits {
  /** Per request. */
  readonly timeoutMs: number;
  /** For the whole run. */
  readonly deadline: number;
  readonly maxBytes: number;
  readonly maxPages: number;
}

export const defaultLimits = (): ReadLimits => ({
  timeoutMs: 15_000,
  deadline: Date.now() + 10 * 60_000,
  maxBytes: 20 * 1024 * 1024,
  maxPages: 2_000,
});

const page = z.object({
  pageNumber: z.number().int(),
  hasNextPage: z.boolean(),
  items: z.array(z.unknown()),
});

/** GETs one JSON document. */
export async function getJson(url: string, limits: ReadLimits): Promise<unknown> {
  const remaining = limits.deadline - Date.now();
  if (remaining <= 0) throw new SourceError('timeout', `The harvest ran out of time before ${url}`);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(Math.min(limits.timeoutMs, remaining)),
      redirect: 'follow',
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new SourceError('timeout', `No answer within ${Math.round(Math.min(limits.timeoutMs, remaining) / 1000)} s from ${url}`);
    throw new SourceError('unreachable', `Cannot reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new SourceError('http-status', `${url} answered ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > limits.maxBytes) throw new SourceError('too-large', `${url} sent ${length} bytes`);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const name = (error as Error).name;
    throw new SourceError(
      name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unreachable',
      `Reading ${url} failed: ${(error as Error).message}`,
    );
  }
  if (text.length > limits.maxBytes) throw new SourceError('too-large', `${url} sent more than ${limits.maxBytes} bytes`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SourceError('invalid-json', `${url} did not answer with JSON`);
  }
}

/** Every item of a paged collection (pageSize 250), following hasNextPage. */
export async function readAll(baseUrl: string, path: string, params: Record<string, string>, limits: ReadLimits): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let pageNumber = 1; ; pageNumber += 1) {
    if (pageNumber > limits.maxPages) throw new SourceError('too-many-pages', `${path} has more than ${limits.maxPages} pages`);
    const query = new URLSearchParams({ ...params, pageSize: '250', pageNumber: String(pageNumber), consumer: MBO_CONSUMER });
    const url = `${baseUrl}${path}?${query.toString()}`;
    const parsed = page.safeParse(await getJson(url, limits));
    if (!parsed.success)
      throw new SourceError(
        'not-oeapi',
        `${url} is not an OEAPI page (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})`,
      );
    items.push(...parsed.data.items);
    if (!parsed.data.hasNextPage || parsed.data.items.length === 0) return items;
  }
}

/** Whether the source says it supports filter_query[lastModified] (then harvests can be incremental). */
export function supportsChanges(serviceRoot: unknown): boolean {
  return JSON.stringify(serviceRoot ?? {}).includes('lastModified');
}

const organisation = z.object({ organisationId: z.uuid(), primaryCode: z.object({ codeType: z.string(), code: z.string() }) }).loose();

/** The source's organisations with their RIO code (onderwijsaanbiedercode). */
export function organisationsOf(items: unknown[]): Array<{ remoteId: string; rioCode: string }> {
  return items.flatMap((item) => {
    const parsed = organisation.safeParse(item);
    if (!parsed.success || !/^\d{3}A\d{3}$/.test(parsed.data.primaryCode.code)) return [];
    return [{ remoteId: parsed.data.organisationId, rioCode: parsed.data.primaryCode.code }];
  });
}
