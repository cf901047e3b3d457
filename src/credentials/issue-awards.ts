import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hashToken, recordAuditEvents, type AuditEventInput } from '../platform/index.js';
import { buildOpenBadgeCredential, statusIndexOf, type IdentityObject, type IssuerProfile } from './domain/credential.js';
import type { Issuer } from './ensure-issuer.js';
import { urls, type CredentialsEnv } from './env.js';
import { activeKeys } from './keyring.js';
import { toAchievementView } from './routes/achievement-views.js';
import { STATUS_LIST_SIZE } from './signing/status-list.js';
import type { AchievementRow } from './store/achievements.js';
import { existingIdempotencyKeys, insertAwards, reserveStatusSlots, type AwardInsert } from './store/awards.js';

/*
 * The one path every award takes (direct, bulk, enrolment): reserve status-list slots, build the
 * OpenBadgeCredentials, sign them on the worker pool (both cores), store them with an audit event
 * each. Work goes in chunks so that signing one chunk overlaps with storing the previous one.
 */

/** Who receives an award. */
export interface Recipient {
  readonly name: string;
  readonly email: string | null;
  readonly personId: string | null;
  /** Makes the award idempotent: a second award with the same key is skipped. */
  readonly idempotencyKey?: string;
}

const CHUNK = 128;

/** The lookup key of an e-mail address (awards to people who have not logged in yet are found by it). */
export function emailKey(email: string): string {
  return hashToken(email.trim().toLowerCase());
}

function identifiersOf(recipient: Recipient): IdentityObject[] {
  const salt = randomBytes(16).toString('hex');
  const hashed = (value: string) =>
    `sha256$${createHash('sha256')
      .update(value + salt)
      .digest('hex')}`;
  const ids: IdentityObject[] = [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: recipient.name }];
  if (recipient.email) {
    ids.push({
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
      identityHash: hashed(recipient.email.trim().toLowerCase()),
      salt,
    });
  } else if (recipient.personId) {
    ids.push({ type: 'IdentityObject', identityType: 'accountId', hashed: true, identityHash: hashed(recipient.personId), salt });
  }
  return ids;
}

/** The issuer profile new credentials carry. */
export function issuerProfile(env: CredentialsEnv, issuer: Issuer, did: string): IssuerProfile {
  return {
    id: did,
    name: issuer.name,
    url: issuer.url,
    email: issuer.email,
    imageUrl: issuer.image ? urls.issuerImage(env, issuer.id) : null,
    description: issuer.description,
    institutionCode: issuer.institution_code,
  };
}

/** Issues awards of one achievement to recipients; returns the ids of the awards written. */
export async function issueAwards(options: {
  readonly env: CredentialsEnv;
  readonly issuer: Issuer;
  readonly achievement: AchievementRow;
  readonly recipients: readonly Recipient[];
  readonly source: AwardInsert['source'];
  readonly actor: AuditEventInput['actor'];
  readonly requestId: string | null;
  readonly validUntil?: Date | null;
  readonly onProgress?: (done: number) => Promise<void> | void;
}): Promise<string[]> {
  const { env, issuer, achievement, actor } = options;
  const keys = await activeKeys(env, env.db, issuer.id);
  const profile = issuerProfile(env, issuer, keys.ed25519.controller);
  const view = toAchievementView(env, achievement);
  const used = await existingIdempotencyKeys(
    env.db,
    options.recipients.flatMap((r) => (r.idempotencyKey ? [r.idempotencyKey] : [])),
  );
  const pending = options.recipients.filter((r) => !r.idempotencyKey || !used.has(r.idempotencyKey));
  const written: string[] = [];
  let done = options.recipients.length - pending.length;
  let storing: Promise<void> = Promise.resolve();
  // Chunks whose storing has not been awaited yet: the next chunk is prepared while the workers
  // still sign the previous one, so that they never wait for the database.
  const window: Array<Promise<void>> = [];

  try {
    for (let start = 0; start < pending.length; start += CHUNK) {
      const chunk = pending.slice(start, start + CHUNK);
      const slots = await env.db
        .transaction()
        .execute((trx) =>
          reserveStatusSlots(trx, { issuerId: issuer.id, keyId: keys.ed25519.id, count: chunk.length, size: STATUS_LIST_SIZE }),
        );
      const now = new Date();
      const prepared = chunk.map((recipient, i) => {
        const slot = slots[i] as { listId: string; sequence: number };
        const id = randomUUID();
        const index = statusIndexOf(slot.sequence, STATUS_LIST_SIZE);
        const credential = buildOpenBadgeCredential({
          id: `urn:uuid:${id}`,
          issuer: profile,
          achievement: view,
          identifiers: identifiersOf(recipient),
          validFrom: now,
          validUntil: options.validUntil ?? null,
          status: { listBaseUrl: urls.statusList(env, slot.listId), index },
        });
        return { id, recipient, slot, index, credential };
      });
      const signing = Promise.all(
        // Two chunks wait in the workers' queues, so each task gets time for the queue ahead of it.
        prepared.map((p) => env.pool.run<Record<string, unknown>>({ kind: 'sign', credential: p.credential, key: keys.ed25519 }, 120_000)),
      );
      // Awaited by the storing below; this keeps a failure from going unhandled when an earlier chunk failed first.
      signing.catch(() => undefined);
      // Chunks are stored in order. Progress is written after the commit: on the embedded database a
      // write through `env.db` inside the transaction would wait for the transaction itself.
      storing = storing.then(async () => {
        const signed = await signing;
        await env.db.transaction().execute(async (trx) => {
          const ids = await insertAwards(
            trx,
            prepared.map((p, i) => ({
              id: p.id,
              issuerId: issuer.id,
              institutionId: issuer.institution_id,
              achievementId: achievement.id,
              recipientPersonId: p.recipient.personId,
              recipientEmailKey: p.recipient.email ? emailKey(p.recipient.email) : null,
              recipientName: p.recipient.name,
              source: options.source,
              idempotencyKey: p.recipient.idempotencyKey ?? null,
              statusListId: p.slot.listId,
              statusIndex: p.index,
              credential: signed[i] as Record<string, unknown>,
              issuedBy: actor.kind === 'person' ? actor.personId : null,
            })),
          );
          const byId = new Map<string, (typeof prepared)[number]>(prepared.map((p) => [p.id, p]));
          await recordAuditEvents(
            trx,
            ids.map((id) => ({
              actor,
              action: 'credentials.awarded',
              subjectType: 'credential-award',
              subjectId: id,
              dataSubjectPersonId: byId.get(id)?.recipient.personId ?? null,
              institutionId: issuer.institution_id,
              requestId: options.requestId,
              details: { achievementId: achievement.id, source: options.source },
            })),
          );
          written.push(...ids);
        });
        done += chunk.length;
        await options.onProgress?.(done);
      });
      window.push(storing);
      if (window.length > 1) await window.shift();
    }
    await storing;
  } finally {
    await Promise.allSettled(window);
  }
  return written;
}
