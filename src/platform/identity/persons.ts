import type { Kysely } from 'kysely';
import type { RoleGrant } from '../access/principal.js';
import { scopeOfRole, type Role } from '../access/principal.js';
import type { AnyDb } from '../db/database.js';
import type { PlatformTables } from '../db/tables.js';

/** Claims taken from an OpenID Connect login (see the README's claims mapping). */
export interface LoginClaims {
  readonly issuer: string;
  readonly subject: string;
  readonly name: string;
  readonly email: string | null;
}

/** Finds or creates the person for a login; the (issuer, subject) pair is the person key. */
export async function upsertPersonFromLogin(db: AnyDb, claims: LoginClaims): Promise<{ id: string; created: boolean }> {
  const t = db as Kysely<PlatformTables>;
  const row = await t
    .insertInto('persons')
    .values({ issuer: claims.issuer, subject: claims.subject, display_name: claims.name, email: claims.email, last_login_at: new Date() })
    .onConflict((oc) =>
      oc.columns(['issuer', 'subject']).doUpdateSet({ display_name: claims.name, email: claims.email, last_login_at: new Date() }),
    )
    .returning(['id', 'created_at', 'last_login_at'])
    .executeTakeFirstOrThrow();
  return { id: row.id, created: row.created_at.getTime() === row.last_login_at?.getTime() };
}

/** Converts stored assignments to grants, dropping rows whose scope does not fit the role. */
export function toGrants(rows: ReadonlyArray<{ role: string; scope_type: string; scope_id: string | null }>): RoleGrant[] {
  const grants: RoleGrant[] = [];
  for (const r of rows) {
    const role = r.role as Role;
    const scope = scopeOfRole(role);
    if (scope !== r.scope_type) continue;
    if (scope === 'platform') grants.push({ role: role as Extract<RoleGrant, { scope: 'platform' }>['role'], scope, scopeId: null });
    else if (r.scope_id && scope === 'institution')
      grants.push({ role: role as Extract<RoleGrant, { scope: 'institution' }>['role'], scope, scopeId: r.scope_id });
    else if (r.scope_id && scope === 'team')
      grants.push({ role: role as Extract<RoleGrant, { scope: 'team' }>['role'], scope, scopeId: r.scope_id });
  }
  return grants;
}

/** Grants one role to a person; granting twice is a no-op. */
export async function grantRole(db: AnyDb, personId: string, grant: RoleGrant): Promise<void> {
  await (db as Kysely<PlatformTables>)
    .insertInto('role_assignments')
    .values({ person_id: personId, role: grant.role, scope_type: grant.scope, scope_id: grant.scopeId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** What stands in for the name of a person whose account was erased. */
export const ERASED_PERSON_NAME = 'Verwijderd account';

/**
 * Erases a person's account: their sessions and roles go, their name and e-mail address are wiped and
 * the login is unlinked, so signing in again starts a new, empty account. The row itself stays, under
 * a placeholder name, because records others must keep point to it: the audit trail and the awards an
 * issuer made. Run it inside the transaction that removes the person's own data.
 */
export async function erasePerson(db: AnyDb, personId: string): Promise<void> {
  const t = db as Kysely<PlatformTables>;
  await t.deleteFrom('sessions').where('person_id', '=', personId).execute();
  await t.deleteFrom('role_assignments').where('person_id', '=', personId).execute();
  await t
    .updateTable('persons')
    .set({ issuer: 'erased', subject: personId, display_name: ERASED_PERSON_NAME, email: null, last_login_at: null })
    .where('id', '=', personId)
    .execute();
}
