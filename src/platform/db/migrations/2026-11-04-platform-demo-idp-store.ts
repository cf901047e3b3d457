import { sql, type Kysely } from 'kysely';

/** Storage of the demo identity provider (sessions, codes, grants), so it survives restarts and scales out. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('demo_idp_entries')
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('grant_id', 'text')
    .addColumn('uid', 'text')
    .addColumn('user_code', 'text')
    .addColumn('expires_at', 'timestamptz')
    .addColumn('consumed_at', 'timestamptz')
    .addPrimaryKeyConstraint('demo_idp_entries_pkey', ['model', 'id'])
    .execute();
  await db.schema.createIndex('demo_idp_entries_grant').on('demo_idp_entries').column('grant_id').execute();
  await db.schema.createIndex('demo_idp_entries_uid').on('demo_idp_entries').column('uid').execute();
  await sql`comment on table demo_idp_entries is 'Demo identity provider only; unused with a real OIDC issuer'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('demo_idp_entries').ifExists().execute();
}
