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

/** The newest events about the person's data, newest first, with keyset paging on time. */
export async function listOwnAuditEvents(
  db: AnyDb,
  options: { personId: string; limit: number; before?: Date | undefined },
): Promise<OwnAuditEvent[]> {
  let query = (db as Kysely<PlatformTables>)
    .selectFrom('audit_events')
    .select(['id', 'occurred_at', 'actor_type', 'action', 'subject_type', 'institution_id'])
    .where('data_subject_person_id', '=', options.personId);
  if (options.before) query = query.where('occurred_at', '<', options.before);
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
