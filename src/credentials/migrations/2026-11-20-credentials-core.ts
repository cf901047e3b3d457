import { sql, type Kysely } from 'kysely';

/**
 * Microcredentials: one issuer profile per institution with its signing keys (private keys sealed),
 * achievements (badge classes), awards (the signed credentials), enrolment requests, bulk-award runs
 * and the bitstring status lists that revoke or suspend awards.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('credential_issuers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().unique().references('institutions.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('email', 'text')
    .addColumn('image', 'text')
    .addColumn('description', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('credential_issuer_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issuer_id', 'uuid', (c) => c.notNull().references('credential_issuers.id').onDelete('cascade'))
    .addColumn('algorithm', 'text', (c) => c.notNull().check(sql`algorithm in ('Ed25519', 'RS256')`))
    .addColumn('controller', 'text', (c) => c.notNull())
    .addColumn('verification_method', 'text', (c) => c.notNull().unique())
    .addColumn('public_key_multibase', 'text')
    .addColumn('public_jwk', 'jsonb', (c) => c.notNull())
    .addColumn('thumbprint', 'text', (c) => c.notNull().unique())
    .addColumn('private_key_sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('retired_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('credential_issuer_keys_issuer').on('credential_issuer_keys').columns(['issuer_id', 'algorithm']).execute();
  await db.schema.createIndex('credential_issuer_keys_controller').on('credential_issuer_keys').column('controller').execute();

  await db.schema
    .createTable('credential_achievements')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('issuer_id', 'uuid', (c) => c.notNull().references('credential_issuers.id').onDelete('cascade'))
    .addColumn('institution_id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('criteria_url', 'text')
    .addColumn('image', 'text')
    .addColumn('achievement_type', 'text', (c) => c.notNull())
    .addColumn('sbu', 'integer', (c) => c.notNull().check(sql`sbu > 0`))
    .addColumn('eqf_level', 'integer', (c) => c.check(sql`eqf_level between 1 and 8`))
    .addColumn('nlqf_level', 'text')
    .addColumn('learning_outcomes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('assessment_type', 'text', (c) => c.notNull())
    .addColumn('participation', 'text')
    .addColumn('quality_assurance', 'text')
    .addColumn('alignments', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('tags', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('enrolment_open', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('archived_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('credential_achievements_institution').on('credential_achievements').column('institution_id').execute();

  await db.schema
    .createTable('credential_status_lists')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('issuer_id', 'uuid', (c) => c.notNull().references('credential_issuers.id').onDelete('cascade'))
    .addColumn('key_id', 'text', (c) => c.notNull().references('credential_issuer_keys.id'))
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('allocated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('credential_status_lists_issuer').on('credential_status_lists').column('issuer_id').execute();

  await db.schema
    .createTable('credential_status_list_documents')
    .addColumn('status_list_id', 'uuid', (c) => c.notNull().references('credential_status_lists.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('revocation', 'suspension')`))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('credential_status_list_documents_pk', ['status_list_id', 'purpose'])
    .execute();

  await db.schema
    .createTable('credential_awards')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('issuer_id', 'uuid', (c) => c.notNull().references('credential_issuers.id').onDelete('cascade'))
    .addColumn('institution_id', 'uuid', (c) => c.notNull())
    .addColumn('achievement_id', 'uuid', (c) => c.references('credential_achievements.id'))
    .addColumn('recipient_person_id', 'uuid', (c) => c.references('persons.id'))
    .addColumn('recipient_email_key', 'text')
    .addColumn('recipient_name', 'text')
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('direct', 'bulk', 'enrolment', 'api')`))
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('status_list_id', 'uuid', (c) => c.notNull().references('credential_status_lists.id'))
    .addColumn('status_index', 'integer', (c) => c.notNull())
    .addColumn('credential', 'jsonb', (c) => c.notNull())
    .addColumn('jwt', 'text')
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('issued_by', 'uuid')
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('declined_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revocation_reason', 'text')
    .addColumn('suspended_at', 'timestamptz')
    .addColumn('share_token', 'text', (c) => c.unique())
    .addUniqueConstraint('credential_awards_status_slot', ['status_list_id', 'status_index'])
    .execute();
  await db.schema.createIndex('credential_awards_recipient').on('credential_awards').column('recipient_person_id').execute();
  await db.schema.createIndex('credential_awards_email').on('credential_awards').column('recipient_email_key').execute();
  await db.schema.createIndex('credential_awards_institution').on('credential_awards').columns(['institution_id', 'issued_at']).execute();
  await db.schema.createIndex('credential_awards_achievement').on('credential_awards').column('achievement_id').execute();

  await db.schema
    .createTable('credential_enrolments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('achievement_id', 'uuid', (c) => c.notNull().references('credential_achievements.id').onDelete('cascade'))
    .addColumn('institution_id', 'uuid', (c) => c.notNull())
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('motivation', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'approved', 'declined')`),
    )
    .addColumn('award_id', 'uuid', (c) => c.references('credential_awards.id'))
    .addColumn('decided_by', 'uuid')
    .addColumn('decision_note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decided_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('credential_enrolments_institution')
    .on('credential_enrolments')
    .columns(['institution_id', 'status'])
    .execute();
  await sql`create unique index credential_enrolments_one_pending on credential_enrolments (achievement_id, person_id) where status = 'pending'`.execute(
    db,
  );

  await db.schema
    .createTable('credential_bulk_awards')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull())
    .addColumn('achievement_id', 'uuid', (c) => c.notNull().references('credential_achievements.id'))
    .addColumn('file_hash', 'text', (c) => c.notNull())
    .addColumn('rows', 'jsonb', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('queued')
        .check(sql`state in ('queued', 'running', 'finished', 'failed')`),
    )
    .addColumn('error', 'text')
    .addColumn('requested_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addUniqueConstraint('credential_bulk_awards_file', ['achievement_id', 'file_hash'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'credential_bulk_awards',
    'credential_enrolments',
    'credential_awards',
    'credential_status_list_documents',
    'credential_status_lists',
    'credential_achievements',
    'credential_issuer_keys',
    'credential_issuers',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
