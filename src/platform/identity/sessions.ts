import type { Kysely } from 'kysely';
import type { PersonPrincipal } from '../access/principal.js';
import { hashToken, randomToken } from '../crypto/secrets.js';
import type { AnyDb } from '../db/database.js';
import type { PlatformTables } from '../db/tables.js';
import { toGrants } from './persons.js';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'session';

/** Starts a session; returns the token for the cookie (only its hash is stored). */
export async function createSession(db: AnyDb, personId: string, ttlHours: number, idToken: string | null = null): Promise<string> {
  const token = randomToken(32);
  await (db as Kysely<PlatformTables>)
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      person_id: personId,
      id_token: idToken,
      expires_at: new Date(Date.now() + ttlHours * 3_600_000),
    })
    .execute();
  return token;
}

/** The person behind a live session token, with their grants, or null. */
export async function resolveSession(db: AnyDb, token: string): Promise<PersonPrincipal | null> {
  const t = db as Kysely<PlatformTables>;
  const row = await t
    .selectFrom('sessions')
    .innerJoin('persons', 'persons.id', 'sessions.person_id')
    .select(['persons.id', 'persons.display_name'])
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) return null;
  const assignments = await t
    .selectFrom('role_assignments')
    .select(['role', 'scope_type', 'scope_id'])
    .where('person_id', '=', row.id)
    .execute();
  return { kind: 'person', personId: row.id, displayName: row.display_name, grants: toGrants(assignments), via: 'session' };
}

/** Ends a session; returns its id token (for logging out at the identity provider). */
export async function destroySession(db: AnyDb, token: string): Promise<string | null> {
  const row = await (db as Kysely<PlatformTables>)
    .deleteFrom('sessions')
    .where('token_hash', '=', hashToken(token))
    .returning('id_token')
    .executeTakeFirst();
  return row?.id_token ?? null;
}

/** Removes expired sessions. */
export async function purgeExpiredSessions(db: AnyDb): Promise<number> {
  const result = await (db as Kysely<PlatformTables>).deleteFrom('sessions').where('expires_at', '<=', new Date()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
