import { DomainError, hashToken, randomToken, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import { shareUrl, type DossierEnv } from './env.js';
import { findCollection, ownedItemIds } from './store/collections.js';
import { insertShare } from './store/shares.js';

/** Shares live at most this long; the learner can always share again. */
export const MAX_SHARE_DAYS = 366;

/**
 * The learner shares chosen items or one collection until a date, optionally naming the recipient or
 * addressing an institution. The link carries a 192-bit random token that is returned once and stored
 * only as its SHA-256 hash.
 */
export async function createShare(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly itemIds?: readonly string[] | undefined;
  readonly collectionId?: string | undefined;
  readonly expiresAt: Date;
  readonly recipientName?: string | undefined;
  readonly institutionId?: string | undefined;
  readonly now?: Date;
}): Promise<{ id: string; token: string; url: string; expiresAt: Date }> {
  const { env } = options;
  const person = requirePerson(options.principal);
  const owner = person.personId;
  const now = options.now ?? new Date();
  if (options.expiresAt.getTime() <= now.getTime()) {
    throw new DomainError('validation-failed', 'The expiry date lies in the past', {
      errors: [{ path: '/body/expiresAt', code: 'past', message: 'must be in the future' }],
    });
  }
  if (options.expiresAt.getTime() > now.getTime() + MAX_SHARE_DAYS * 86_400_000) {
    throw new DomainError('validation-failed', `A share lasts at most ${MAX_SHARE_DAYS} days`, {
      errors: [{ path: '/body/expiresAt', code: 'too-far', message: `at most ${MAX_SHARE_DAYS} days ahead` }],
    });
  }
  const itemIds = [...new Set(options.itemIds ?? [])];
  if (options.collectionId) {
    if (!(await findCollection(env.db, owner, options.collectionId)))
      throw new DomainError('not-found', 'No collection with this id in your dossier');
  } else {
    const owned = await ownedItemIds(env.db, owner, itemIds);
    const missing = itemIds.filter((id) => !owned.has(id));
    if (missing.length > 0) {
      throw new DomainError('validation-failed', 'Unknown item ids', {
        errors: missing.map((id) => ({ path: '/body/itemIds', code: 'unknown', message: `No item ${id}` })),
      });
    }
  }
  const token = randomToken(24);
  const created = await env.db.transaction().execute(async (trx) => {
    const row = await insertShare(trx, {
      ownerId: owner,
      tokenHash: hashToken(token),
      collectionId: options.collectionId ?? null,
      itemIds: options.collectionId ? [] : itemIds,
      recipientName: options.recipientName ?? null,
      institutionId: options.institutionId ?? null,
      expiresAt: options.expiresAt,
    });
    await recordAuditEvent(trx, {
      actor: person,
      action: 'dossier.share-created',
      subjectType: 'dossier-share',
      subjectId: row.id,
      dataSubjectPersonId: owner,
      institutionId: options.institutionId ?? null,
      requestId: options.requestId,
      details: { items: itemIds.length, collection: options.collectionId !== undefined, expiresAt: options.expiresAt.toISOString() },
    });
    return row;
  });
  return { id: created.id, token, url: shareUrl(env, token), expiresAt: options.expiresAt };
}
