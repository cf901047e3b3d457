import type { Kysely } from 'kysely';
import type { AnyDb } from '../db/database.js';
import type { PlatformTables } from '../db/tables.js';

/** One entry of a person's own trail, as they see it. */
export interface OwnAuditEvent {
  readonly id: string;
  readonly occurredAt: string;
  readonly actorType: string;
  readonly action: string;
  readonly subjectType: string;
  readonly institutionId: string | null;
}

/**
 * The newest events about the person's data, newest first. Keyset paging: `after` is the id of the
 * last event of the previous page (exact, even for events within the same microsecond).
 */
export async function listOwnAuditEvents(
  db: AnyDb,
  options: { personId: string; limit: number; after?: string | undefined },
): Promise<OwnAuditEvent[]> {
  const t = db as Kysely<PlatformTables>;
  let query = t
    .selectFrom('audit_events')
    .select(['id', 'occurred_at', 'actor_type', 'action', 'subject_type', 'institution_id'])
    .where('data_subject_person_id', '=', options.personId);
  if (options.after) {
    const after = options.after;
    query = query.where((eb) =>
      eb(
        eb.refTuple('occurred_at', 'id'),
        '<',
        eb
          .selectFrom('audit_events as cursor')
          .select(['cursor.occurred_at', 'cursor.id'])
          .where('cursor.id', '=', after)
          .where('cursor.data_subject_person_id', '=', options.personId)
          .$asTuple('occurred_at', 'id'),
      ),
    );
  }
  const rows = await query.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurred_at.toISOString(),
    actorType: r.actor_type,
    action: r.action,
    subjectType: r.subject_type,
    institutionId: r.institution_id,
  }));
}
