import { sql, type Kysely } from 'kysely';

/**
 * The learner-owned dossier. Every table leads with `owner_id` (primary keys and indexes), so that a
 * national deployment can distribute the tables by owner (Citus) and every query of a learner's own
 * dossier stays on one shard.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dossier_items')
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('diploma', 'credential', 'result', 'skill', 'work-experience', 'work-placement', 'portfolio')`),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('file_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('provenance', 'text', (c) => c.notNull().check(sql`provenance in ('self-declared', 'institution-attested', 'signed')`))
    .addColumn('institution_id', 'uuid')
    .addColumn('institution_code', 'text')
    .addColumn('institution_name', 'text')
    .addColumn('external_id', 'text')
    .addColumn('award_id', 'uuid')
    .addColumn('credential', 'jsonb')
    .addColumn('credential_jwt', 'text')
    .addColumn('verdict', 'text')
    .addColumn('verification', 'jsonb')
    .addColumn('verified_at', 'timestamptz')
    .addColumn('dated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dossier_items_pk', ['owner_id', 'id'])
    .execute();
  await sql`create index dossier_items_timeline on dossier_items (owner_id, dated_at desc, id desc)`.execute(db);
  await sql`create index dossier_items_kind on dossier_items (owner_id, kind, dated_at desc, id desc)`.execute(db);
  await sql`create unique index dossier_items_external on dossier_items (owner_id, institution_id, external_id) where external_id is not null`.execute(
    db,
  );
  await sql`create unique index dossier_items_award on dossier_items (owner_id, award_id) where award_id is not null`.execute(db);
  await sql`create index dossier_items_institution on dossier_items (institution_id) where institution_id is not null`.execute(db);

  // Awards of the credentials module already brought in, so that one the learner removed stays removed.
  await db.schema
    .createTable('dossier_award_imports')
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('award_id', 'uuid', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dossier_award_imports_pk', ['owner_id', 'award_id'])
    .execute();

  await db.schema
    .createTable('dossier_files')
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dossier_files_pk', ['owner_id', 'id'])
    .execute();

  await db.schema
    .createTable('dossier_collections')
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dossier_collections_pk', ['owner_id', 'id'])
    .execute();

  await db.schema
    .createTable('dossier_collection_items')
    .addColumn('owner_id', 'uuid', (c) => c.notNull())
    .addColumn('collection_id', 'uuid', (c) => c.notNull())
    .addColumn('item_id', 'uuid', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('dossier_collection_items_pk', ['owner_id', 'collection_id', 'item_id'])
    .addForeignKeyConstraint(
      'dossier_collection_items_collection',
      ['owner_id', 'collection_id'],
      'dossier_collections',
      ['owner_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint('dossier_collection_items_item', ['owner_id', 'item_id'], 'dossier_items', ['owner_id', 'id'], (c) =>
      c.onDelete('cascade'),
    )
    .execute();
  await sql`create index dossier_collection_items_item on dossier_collection_items (owner_id, item_id)`.execute(db);

  await db.schema
    .createTable('dossier_shares')
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('collection_id', 'uuid')
    .addColumn('item_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('recipient_name', 'text')
    .addColumn('institution_id', 'uuid')
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('open_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_opened_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dossier_shares_pk', ['owner_id', 'id'])
    .addForeignKeyConstraint('dossier_shares_collection', ['owner_id', 'collection_id'], 'dossier_collections', ['owner_id', 'id'], (c) =>
      c.onDelete('cascade'),
    )
    .execute();
  await sql`create index dossier_shares_institution on dossier_shares (institution_id) where institution_id is not null`.execute(db);

  await db.schema
    .createTable('dossier_access_log')
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('share-open', 'share-download', 'share-open-failed', 'institution-read')`),
    )
    .addColumn('share_id', 'uuid')
    .addColumn('recipient_name', 'text')
    .addColumn('institution_id', 'uuid')
    .addColumn('institution_name', 'text')
    .addColumn('reason', 'text')
    .addColumn('item_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('dossier_access_log_pk', ['owner_id', 'id'])
    .execute();
  await sql`create index dossier_access_log_time on dossier_access_log (owner_id, occurred_at desc)`.execute(db);

  await db.schema
    .createTable('dossier_correction_requests')
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('item_id', 'uuid', (c) => c.notNull())
    .addColumn('institution_id', 'uuid', (c) => c.notNull())
    .addColumn('item_title', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'corrected', 'declined')`),
    )
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'uuid')
    .addColumn('answered_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dossier_correction_requests_pk', ['owner_id', 'id'])
    .addForeignKeyConstraint('dossier_correction_requests_item', ['owner_id', 'item_id'], 'dossier_items', ['owner_id', 'id'], (c) =>
      c.onDelete('cascade'),
    )
    .execute();
  await sql`create index dossier_correction_requests_institution on dossier_correction_requests (institution_id, status, created_at)`.execute(
    db,
  );
  await sql`create index dossier_correction_requests_id on dossier_correction_requests (id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'dossier_correction_requests',
    'dossier_access_log',
    'dossier_shares',
    'dossier_collection_items',
    'dossier_collections',
    'dossier_files',
    'dossier_award_imports',
    'dossier_items',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
