import type { Kysely } from 'kysely';
import type { Principal } from '../access/principal.js';
import type { PlatformTables } from '../db/tables.js';
import type { AnyDb } from '../db/database.js';

/** What happened, to what, and whose data it was. Details never hold attribute values. */
export interface AuditEventInput {
  readonly actor: Principal | { readonly kind: 'system' };
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId?: string | null;
  readonly dataSubjectPersonId?: string | null;
  readonly institutionId?: string | null;
  readonly requestId?: string | null;
  readonly details?: Readonly<Record<string, string | number | boolean | null | readonly string[]>>;
}

function actorOf(actor: AuditEventInput['actor']): { actor_type: PlatformTables['audit_events']['actor_type']; actor_id: string | null } {
  switch (actor.kind) {
    case 'person':
      return { actor_type: 'person', actor_id: actor.personId };
    case 'client':
      return { actor_type: 'client', actor_id: actor.clientId };
    case 'system':
      return { actor_type: 'system', actor_id: null };
    case 'anonymous':
      return { actor_type: 'anonymous', actor_id: null };
  }
}

/**
 * Appends audit events. Pass the transaction that makes the change, so that the change and its
 * audit event commit or fail together.
 */
export async function recordAuditEvents(trx: AnyDb | Kysely<PlatformTables>, events: readonly AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await (trx as Kysely<PlatformTables>)
    .insertInto('audit_events')
    .values(
      events.map((e) => ({
        ...actorOf(e.actor),
        action: e.action,
        subject_type: e.subjectType,
        subject_id: e.subjectId ?? null,
        data_subject_person_id: e.dataSubjectPersonId ?? null,
        institution_id: e.institutionId ?? null,
        request_id: e.requestId ?? null,
        details: JSON.stringify(e.details ?? {}),
      })),
    )
    .execute();
}

/** Appends one audit event in the given transaction. */
export async function recordAuditEvent(trx: AnyDb | Kysely<PlatformTables>, event: AuditEventInput): Promise<void> {
  await recordAuditEvents(trx, [event]);
}
