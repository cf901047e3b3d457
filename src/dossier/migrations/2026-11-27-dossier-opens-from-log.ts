import { sql, type Kysely } from 'kysely';

/**
 * A share's opens are counted from the access log instead of a counter on the share row: every
 * recipient opening the same link no longer waits for one row lock, and the log stays the only record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index dossier_access_log_share on dossier_access_log (owner_id, share_id, occurred_at desc) where share_id is not null`.execute(
    db,
  );
  await db.schema.alterTable('dossier_shares').dropColumn('open_count').execute();
  await db.schema.alterTable('dossier_shares').dropColumn('last_opened_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('dossier_shares')
    .addColumn('open_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('dossier_shares').addColumn('last_opened_at', 'timestamptz').execute();
  await sql`drop index if exists dossier_access_log_share`.execute(db);
}
