import type { AnyDb } from '../platform/index.js';
import { setIndices } from './store/status-lists.js';

/*
 * Status bits of this platform's own lists, read from the awards and kept for a few seconds: a
 * verification answers from memory, and a change on this server is seen at once (another server
 * sees it within the time below, as a verifier caching the published list would).
 */

const TTL_MS = 5_000;
const cache = new Map<string, { indices: Set<number>; until: number }>();

/** The set indices of a list for a purpose. */
export async function statusIndices(db: AnyDb, listId: string, purpose: 'revocation' | 'suspension'): Promise<Set<number>> {
  const key = `${listId}/${purpose}`;
  const cached = cache.get(key);
  if (cached && cached.until > Date.now()) return cached.indices;
  const indices = new Set(await setIndices(db, listId, purpose));
  if (cache.size > 10_000) cache.clear();
  cache.set(key, { indices, until: Date.now() + TTL_MS });
  return indices;
}

/** Forgets the cached bits of a list (after a change on this server). */
export function forgetStatus(listId: string): void {
  cache.delete(`${listId}/revocation`);
  cache.delete(`${listId}/suspension`);
}
