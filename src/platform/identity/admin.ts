import type { Kysely } from 'kysely';
import type { AnyDb } from '../db/database.js';
import type { PlatformTables } from '../db/tables.js';

/** A role held by a person within one scope, as administrators see it. */
export interface RoleAssignmentView {
  readonly id: string;
  readonly personId: string;
  readonly name: string;
  readonly email: string | null;
  readonly role: string;
  readonly createdAt: string;
}

const t = (db: AnyDb) => db as Kysely<PlatformTables>;

/** Everyone holding a role in the given institution or team, ordered by name. */
export async function listRoleAssignments(db: AnyDb, scope: 'institution' | 'team', scopeId: string): Promise<RoleAssignmentView[]> {
  const rows = await t(db)
    .selectFrom('role_assignments as r')
    .innerJoin('persons as p', 'p.id', 'r.person_id')
    .select(['r.id', 'r.person_id', 'p.display_name', 'p.email', 'r.role', 'r.created_at'])
    .where('r.scope_type', '=', scope)
    .where('r.scope_id', '=', scopeId)
    .orderBy('p.display_name')
    .orderBy('r.role')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    name: r.display_name,
    email: r.email,
    role: r.role,
    createdAt: r.created_at.toISOString(),
  }));
}

/** The person who logged in with this e-mail address (case-insensitive), if exactly one did. */
export async function findPersonByEmail(db: AnyDb, email: string): Promise<{ id: string; name: string } | undefined> {
  const rows = await t(db)
    .selectFrom('persons')
    .select(['id', 'display_name'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .limit(2)
    .execute();
  const [only] = rows;
  return rows.length === 1 && only ? { id: only.id, name: only.display_name } : undefined;
}

/** Removes one role assignment within a scope; returns the removed row or undefined. */
export async function revokeRoleAssignment(
  db: AnyDb,
  assignmentId: string,
  scope: 'institution' | 'team',
  scopeId: string,
): Promise<{ personId: string; role: string } | undefined> {
  const row = await t(db)
    .deleteFrom('role_assignments')
    .where('id', '=', assignmentId)
    .where('scope_type', '=', scope)
    .where('scope_id', '=', scopeId)
    .returning(['person_id', 'role'])
    .executeTakeFirst();
  return row ? { personId: row.person_id, role: row.role } : undefined;
}

/** A machine client as administrators see it (never its secret). */
export interface ApiClientView {
  readonly id: string;
  readonly clientId: string;
  readonly name: string;
  readonly scopes: string[];
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** The machine clients of an institution, newest first. */
export async function listApiClients(db: AnyDb, institutionId: string): Promise<ApiClientView[]> {
  const rows = await t(db)
    .selectFrom('api_clients')
    .select(['id', 'client_id', 'name', 'scopes', 'created_at', 'revoked_at'])
    .where('institution_id', '=', institutionId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    name: r.name,
    scopes: r.scopes,
    createdAt: r.created_at.toISOString(),
    revokedAt: r.revoked_at ? r.revoked_at.toISOString() : null,
  }));
}

/** Revokes a machine client of an institution; tokens it holds stop working when they expire (≤ 15 min). */
export async function revokeApiClient(db: AnyDb, id: string, institutionId: string): Promise<boolean> {
  const result = await t(db)
    .updateTable('api_clients')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
