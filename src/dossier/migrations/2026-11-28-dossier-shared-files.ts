import { sql, type Kysely } from 'kysely';

/** Recipients of a share may download the evidence files of the shared items; each download is logged. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table dossier_access_log drop constraint dossier_access_log_kind_check`.execute(db);
  await sql`alter table dossier_access_log add constraint dossier_access_log_kind_check
    check (kind in ('share-open', 'share-download', 'share-file', 'share-open-failed', 'institution-read'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from dossier_access_log where kind = 'share-file'`.execute(db);
  await sql`alter table dossier_access_log drop constraint dossier_access_log_kind_check`.execute(db);
  await sql`alter table dossier_access_log add constraint dossier_access_log_kind_check
    check (kind in ('share-open', 'share-download', 'share-open-failed', 'institution-read'))`.execute(db);
}
