import { sql, type Kysely } from 'kysely';
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

/** The person behind a live session token, with their grants, or null (one query). */
export async function resolveSession(db: AnyDb, token: string): Promise<PersonPrincipal | null> {
  const result = await sql<{
    id: string;
    display_name: string;
    grants: Array<{ role: string; scope_type: string; scope_id: string | null }>;
  }>`
    select p.id, p.display_name,
      coalesce(json_agg(json_build_object('role', r.role, 'scope_type', r.scope_type, 'scope_id', r.scope_id))
        filter (where r.id is not null), '[]'::json) as grants
    from sessions s
    join persons p on p.id = s.person_id
    left join role_assignments r on r.person_id = p.id
    where s.token_hash = ${hashToken(token)} and s.expires_at > now()
    group by p.id, p.display_name`.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  return { kind: 'person', personId: row.id, displayName: row.display_name, grants: toGrants(row.grants), via: 'session' };
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
