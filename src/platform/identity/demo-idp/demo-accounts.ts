import type { Kysely } from 'kysely';
import { toGrants } from '../persons.js';
import { allRoles, type RoleGrant } from '../../access/principal.js';
import type { AnyDb } from '../../db/database.js';
import type { PlatformTables } from '../../db/tables.js';

/** The logical issuer of demo accounts; stable whatever port or host the server runs on. */
export const DEMO_ISSUER = 'urn:doorpakken:demo-idp';

/** A demo account as the demo identity provider offers it. */
export interface DemoAccount {
  readonly subject: string;
  readonly name: string;
  readonly email: string | null;
  readonly grants: readonly RoleGrant[];
}

/** Every seeded demo account with its grants, learners first and administrators last (the order of the roles). */
export async function listDemoAccounts(db: AnyDb): Promise<DemoAccount[]> {
  const t = db as Kysely<PlatformTables>;
  const persons = await t
    .selectFrom('persons')
    .select(['id', 'subject', 'display_name', 'email'])
    .where('issuer', '=', DEMO_ISSUER)
    .where('is_demo', '=', true)
    .orderBy('subject')
    .execute();
  if (persons.length === 0) return [];
  const rows = await t
    .selectFrom('role_assignments')
    .select(['person_id', 'role', 'scope_type', 'scope_id'])
    .where(
      'person_id',
      'in',
      persons.map((p) => p.id),
    )
    .orderBy('role')
    .execute();
  const rank = (grants: readonly RoleGrant[]) => Math.min(allRoles.length, ...grants.map((g) => allRoles.indexOf(g.role)));
  return persons
    .map((p) => ({ subject: p.subject, name: p.display_name, email: p.email, grants: toGrants(rows.filter((r) => r.person_id === p.id)) }))
    .sort((a, b) => rank(a.grants) - rank(b.grants) || a.subject.localeCompare(b.subject));
}

/** Finds one demo account by subject. */
export async function findDemoAccount(db: AnyDb, subject: string): Promise<DemoAccount | undefined> {
  return (await listDemoAccounts(db)).find((a) => a.subject === subject);
}
