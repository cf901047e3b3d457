import type { AnyDb } from '../platform/index.js';
import { findStatusList, setIndices } from './store/status-lists.js';

/*
 * Status bits of this platform's own lists, read from the awards and kept for a few seconds: a
 * verification answers from memory, and a change on this server is seen at once (another server
 * sees it within the time below, as a verifier caching the published list would). The pending read
 * is what is kept, so that many verifications arriving together share one query.
 */

const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;
const cache = new Map<string, { indices: Promise<Set<number>>; until: number }>();
/** A list's size never changes; only lists that exist are remembered. */
const sizes = new Map<string, number>();

/** The set indices of a list for a purpose. */
export function statusIndices(db: AnyDb, listId: string, purpose: 'revocation' | 'suspension'): Promise<Set<number>> {
  const key = `${listId}/${purpose}`;
  const cached = cache.get(key);
  if (cached && cached.until > Date.now()) return cached.indices;
  const indices = setIndices(db, listId, purpose).then((list) => new Set(list));
  if (cache.size > MAX_ENTRIES) cache.clear();
  const entry = { indices, until: Date.now() + TTL_MS };
  cache.set(key, entry);
  // A failed read is not kept.
  indices.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return indices;
}

/** The number of entries of one of this platform's lists, or undefined when there is no such list. */
export async function statusListSize(db: AnyDb, listId: string): Promise<number | undefined> {
  const known = sizes.get(listId);
  if (known !== undefined) return known;
  const list = await findStatusList(db, listId);
  if (!list) return undefined;
  if (sizes.size > MAX_ENTRIES) sizes.clear();
  sizes.set(listId, list.size);
  return list.size;
}

/** Forgets the cached bits of a list (after a change on this server). */
export function forgetStatus(listId: string): void {
  cache.delete(`${listId}/revocation`);
  cache.delete(`${listId}/suspension`);
}
