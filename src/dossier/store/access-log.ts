import { sql } from 'kysely';
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

/** One read, in the caller's transaction when `db` is one. */
export async function recordAccess(db: AnyDb, entry: AccessEntry): Promise<void> {
  await recordAccesses(db, [entry]);
}

/** Several entries in one statement (a fixed text, so it runs prepared whatever the number of rows). */
export async function recordAccesses(db: AnyDb, entries: readonly AccessEntry[]): Promise<void> {
  const column = <T>(pick: (e: AccessEntry) => T) => entries.map(pick);
  await sql`
    insert into dossier_access_log (owner_id, kind, share_id, recipient_name, institution_id, institution_name, reason, item_count)
    select * from unnest(${column((e) => e.ownerId)}::uuid[], ${column((e) => e.kind)}::text[], ${column((e) => e.shareId ?? null)}::uuid[],
                         ${column((e) => e.recipientName ?? null)}::text[], ${column((e) => e.institutionId ?? null)}::uuid[],
                         ${column((e) => e.institutionName ?? null)}::text[], ${column((e) => e.reason ?? null)}::text[],
                         ${column((e) => e.itemCount ?? 0)}::int[])`.execute(db);
}

interface Waiting {
  readonly entry: AccessEntry;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Writes the access-log entries of concurrent reads together (group commit): an entry that arrives
 * while a write is under way waits for the next write, which takes every entry waiting by then in one
 * statement. Each caller's promise settles only when its own entry is committed, so a read that waits
 * for it shows nothing that is not logged. A failed batch is retried entry by entry, so a bad entry
 * fails only its own caller.
 */
export class AccessLogWriter {
  private waiting: Waiting[] = [];
  private writing = false;

  /** `write` stores entries in one statement, normally {@link recordAccesses}. */
  constructor(
    private readonly write: (entries: readonly AccessEntry[]) => Promise<void>,
    private readonly maxBatch = 256,
  ) {}

  /** A writer to the access log in `db`. */
  static for(db: AnyDb): AccessLogWriter {
    return new AccessLogWriter((entries) => recordAccesses(db, entries));
  }

  /** Logs one read; resolves once the entry is committed. */
  record(entry: AccessEntry): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ entry, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.maxBatch);
        try {
          await this.write(batch.map((w) => w.entry));
          for (const w of batch) w.resolve();
        } catch (error) {
          if (batch.length === 1) batch[0]?.reject(error);
          else for (const w of batch) await this.write([w.entry]).then(w.resolve, w.reject);
        }
      }
    } finally {
      this.writing = false;
    }
  }
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
