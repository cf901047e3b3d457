import { timingSafeEqual } from 'node:crypto';
import { DomainError, hashToken } from '../platform/index.js';
import type { DossierEnv } from './env.js';
import { recordAccess } from './store/access-log.js';
import { collectionItemIds } from './store/collections.js';
import { findItem } from './store/items.js';
import { openShareByTokenHash, type ShareOpening } from './store/share-opening.js';
import { shareByTokenHash } from './store/shares.js';
import { reverifyItem } from './verify-item.js';

/** Cached verification results older than this are refreshed after the answer is sent. */
const VERIFICATION_FRESH_MS = 60 * 60 * 1000;
const refreshing = new Set<string>();

/** What a recipient of a share sees. */
export interface OpenedShare {
  readonly shareId: string;
  readonly ownerName: string;
  readonly recipientName: string | null;
  readonly expiresAt: Date;
  /** The shared items, each with the evidence files the recipient may download. */
  readonly items: ShareOpening['items'];
}

/** A share found by its link's token that may still be opened; a row of {@link shareByTokenHash}. */
export type LiveShare = NonNullable<Awaited<ReturnType<typeof shareByTokenHash>>>;

/**
 * The share behind a link's token, if it may still be opened. Unknown tokens are simply not found;
 * a revoked or expired link answers only that fact (410) and the failed attempt lands in the
 * learner's access log.
 */
export async function findLiveShare(env: DossierEnv, token: string, now: Date): Promise<LiveShare> {
  const tokenHash = hashToken(token);
  const share = matching(await shareByTokenHash(env.db, tokenHash), tokenHash);
  await refuseIfGone(env, share, now);
  return share;
}

/** The share if its stored hash is the token's; the index finds the row, the constant-time comparison keeps the final check free of timing signals. */
function matching<T extends { readonly token_hash: string }>(share: T | undefined, tokenHash: string): T {
  if (!share || !timingSafeEqual(Buffer.from(share.token_hash, 'hex'), Buffer.from(tokenHash, 'hex'))) {
    throw new DomainError('not-found', 'Nothing is shared under this link');
  }
  return share;
}

/** A revoked or expired link answers only that fact (410); the failed attempt lands in the learner's access log. */
async function refuseIfGone(
  env: DossierEnv,
  share: { owner_id: string; id: string; recipient_name: string | null; revoked_at: Date | null; expires_at: Date },
  now: Date,
): Promise<void> {
  const gone = share.revoked_at ? 'revoked' : share.expires_at.getTime() <= now.getTime() ? 'expired' : null;
  if (!gone) return;
  await recordAccess(env.db, {
    ownerId: share.owner_id,
    kind: 'share-open-failed',
    shareId: share.id,
    recipientName: share.recipient_name,
    reason: gone,
  });
  throw new DomainError(gone === 'revoked' ? 'dossier.share-revoked' : 'dossier.share-expired');
}

/** The ids of the items a share holds (its collection's, or the ones chosen). */
export async function sharedItemIds(env: DossierEnv, share: LiveShare): Promise<readonly string[]> {
  return share.collection_id ? collectionItemIds(env.db, share.owner_id, share.collection_id) : share.item_ids;
}

/**
 * Someone opens a share link (see {@link refuseIfGone} for links that can no longer be opened). Credentials
 * show their cached verification; stale results are refreshed in the background for the next visitor.
 */
export async function openShare(options: {
  readonly env: DossierEnv;
  readonly token: string;
  readonly access: 'share-open' | 'share-download';
  readonly now?: Date;
}): Promise<OpenedShare> {
  const { env } = options;
  const now = options.now ?? new Date();
  const tokenHash = hashToken(options.token);
  const share = matching(
    await openShareByTokenHash(env.db, { tokenHash, now, withDocuments: options.access === 'share-download' }),
    tokenHash,
  );
  if (!share.live) {
    await refuseIfGone(env, share, now);
    throw new DomainError('dossier.share-expired'); // not reached: a share that is not live is revoked or expired
  }
  // Nothing is shown before the open is in the learner's access log.
  await env.accessLog.record({
    ownerId: share.owner_id,
    kind: options.access,
    shareId: share.id,
    recipientName: share.recipient_name,
    itemCount: share.items.length,
  });
  const items = share.items.map((shared) => shared.item);
  for (const item of items) {
    if (item.provenance !== 'signed') continue;
    const stale = !item.verified_at || now.getTime() - item.verified_at.getTime() > VERIFICATION_FRESH_MS;
    if (stale && !refreshing.has(item.id)) {
      refreshing.add(item.id);
      findItem(env.db, item.owner_id, item.id)
        .then((full) => (full ? reverifyItem(env, full) : undefined))
        .catch(() => undefined)
        .finally(() => refreshing.delete(item.id));
    }
  }
  return {
    shareId: share.id,
    ownerName: share.display_name,
    recipientName: share.recipient_name,
    expiresAt: share.expires_at,
    items: share.items,
  };
}
