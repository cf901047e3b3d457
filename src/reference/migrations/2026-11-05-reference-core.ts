import { sql, type Kysely } from 'kysely';

/**
 * Reference data: institutions with their locations (RIO codes) and the qualification structure
 * (kwalificatiedossiers, kwalificaties, core tasks, work processes, keuzedelen and which keuzedelen
 * fit which kwalificatie). Natural codes are unique so that imports can upsert by them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('institutions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`code ~ '^[0-9]{3}A[0-9]{3}$'`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('city', 'text')
    .addColumn('website', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('institution_locations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`code ~ '^[0-9]{3}X[0-9]{3}$'`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('street', 'text')
    .addColumn('postcode', 'text')
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('province', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('institution_locations_institution').on('institution_locations').column('institution_id').execute();

  await db.schema
    .createTable('qualification_dossiers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('crebo', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`crebo ~ '^[0-9]{5}$'`),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('qualifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('crebo', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`crebo ~ '^[0-9]{5}$'`),
    )
    .addColumn('dossier_id', 'uuid', (c) => c.notNull().references('qualification_dossiers.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('niveau', 'integer', (c) => c.notNull().check(sql`niveau between 1 and 4`))
    .addColumn('valid_from', 'date')
    .addColumn('valid_until', 'date')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('qualifications_dossier').on('qualifications').column('dossier_id').execute();

  await db.schema
    .createTable('core_tasks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('qualification_id', 'uuid', (c) => c.notNull().references('qualifications.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull().check(sql`code ~ '^[BP][0-9]-K[0-9]+$'`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addUniqueConstraint('core_tasks_qualification_code', ['qualification_id', 'code'])
    .execute();

  await db.schema
    .createTable('work_processes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('core_task_id', 'uuid', (c) => c.notNull().references('core_tasks.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull().check(sql`code ~ '^[BP][0-9]-K[0-9]+-W[0-9]+$'`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addUniqueConstraint('work_processes_core_task_code', ['core_task_id', 'code'])
    .execute();

  await db.schema
    .createTable('electives')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`code ~ '^K[0-9]{4}$'`),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sbu', 'integer', (c) => c.notNull().check(sql`sbu > 0 and sbu % 240 = 0`))
    .addColumn('niveau', 'integer', (c) => c.check(sql`niveau between 1 and 4`))
    .addColumn('valid_from', 'date')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('qualification_electives')
    .addColumn('qualification_id', 'uuid', (c) => c.notNull().references('qualifications.id').onDelete('cascade'))
    .addColumn('elective_id', 'uuid', (c) => c.notNull().references('electives.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('qualification_electives_pkey', ['qualification_id', 'elective_id'])
    .execute();
  await db.schema.createIndex('qualification_electives_elective').on('qualification_electives').column('elective_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'qualification_electives',
    'electives',
    'work_processes',
    'core_tasks',
    'qualifications',
    'qualification_dossiers',
    'institution_locations',
    'institutions',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
