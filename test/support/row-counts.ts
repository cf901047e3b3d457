import { sql, type RawBuilder } from 'kysely';
import type { AnyDb } from '../../src/platform/db/database.js';

const queries = new WeakMap<AnyDb, RawBuilder<{ t: string; n: number }>>();

/** A fingerprint of how many rows every application table holds, to prove a request wrote nothing. */
export async function rowCountFingerprint(db: AnyDb): Promise<string> {
  let query = queries.get(db);
  if (!query) {
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
      order by table_name`.execute(db);
    const parts = tables.rows.map((t) => sql`select ${t.table_name}::text as t, count(*)::int as n from ${sql.table(t.table_name)}`);
    query = sql<{ t: string; n: number }>`${sql.join(parts, sql` union all `)}`;
    queries.set(db, query);
  }
  const counts = await query.execute(db);
  // UNION ALL promises no order (PostgreSQL may run the branches as a parallel append).
  return counts.rows
    .map((r) => `${r.t}=${r.n}`)
    .sort()
    .join(',');
}
