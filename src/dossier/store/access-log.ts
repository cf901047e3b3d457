import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { AccessKind, DossierDb } from './tables.js';

const t = (db: AnyDb) => tablesOf<DossierDb>(db);

/** One read by someone other than the learner. Never holds attribute values, only who, when and how much. */
export interface AccessEntry {
  readonly ownerId: string;
  readonly kind: AccessKind;
  readonly shareId?: string | null;
  readonly recipientName?: string | null;
  readonly institutionId?: string | null;
  readonly institutionName?: string | null;
  readonly reason?: string | null;
  readonly itemCount?: number;
}

export async function recordAccess(db: AnyDb, entry: AccessEntry): Promise<void> {
  await t(db)
    .insertInto('dossier_access_log')
    .values({
      owner_id: entry.ownerId,
      kind: entry.kind,
      share_id: entry.shareId ?? null,
      recipient_name: entry.recipientName ?? null,
      institution_id: entry.institutionId ?? null,
      institution_name: entry.institutionName ?? null,
      reason: entry.reason ?? null,
      item_count: entry.itemCount ?? 0,
    })
    .execute();
}

export function accessLog(
  db: AnyDb,
  ownerId: string,
  filter: { kind?: AccessKind | undefined; from?: Date | undefined; to?: Date | undefined; shareId?: string | undefined; limit: number },
) {
  let query = t(db).selectFrom('dossier_access_log').selectAll().where('owner_id', '=', ownerId);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.from) query = query.where('occurred_at', '>=', filter.from);
  if (filter.to) query = query.where('occurred_at', '<', filter.to);
  if (filter.shareId) query = query.where('share_id', '=', filter.shareId);
  return query.orderBy('occurred_at', 'desc').orderBy('id').limit(filter.limit).execute();
}

export type AccessRow = Awaited<ReturnType<typeof accessLog>>[number];
