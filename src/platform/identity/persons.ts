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
