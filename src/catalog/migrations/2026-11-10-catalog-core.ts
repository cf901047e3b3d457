import { sql, type Kysely } from 'kysely';

/**
 * The education catalogue: academic sessions, programmes, units (courses and learning components)
 * and their offerings, each with a draft → published → retired lifecycle and a version history;
 * harvest sources for the federated catalogue; standard-unit rulesets; and a search table with one
 * row per published unit, kept up to date by the store (Dutch full text plus facet columns).
 *
 * Rows harvested from another institution's endpoint carry `source_id` and the remote `remote_id`;
 * local rows have neither. Codes are unique per institution among local rows so that imports can
 * upsert by them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('catalog_sources')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('base_url', 'text', (c) => c.notNull().unique())
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('never')
        .check(sql`status in ('never', 'ok', 'failed')`),
    )
    .addColumn('last_attempt_at', 'timestamptz')
    .addColumn('last_success_at', 'timestamptz')
    .addColumn('last_error_code', 'text')
    .addColumn('last_error', 'text')
    .addColumn('watermark', 'timestamptz')
    .addColumn('item_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('catalog_harvest_runs')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('source_id', 'uuid', (c) => c.notNull().references('catalog_sources.id').onDelete('cascade'))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('full', 'incremental')`))
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('ok', 'failed')`))
    .addColumn('error_code', 'text')
    .addColumn('error', 'text')
    .addColumn('counts', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.createIndex('catalog_harvest_runs_source').on('catalog_harvest_runs').columns(['source_id', 'started_at']).execute();

  await db.schema
    .createTable('catalog_sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
    .addColumn('source_id', 'uuid', (c) => c.references('catalog_sources.id').onDelete('cascade'))
    .addColumn('remote_id', 'uuid')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('session_type', 'text', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addColumn('parent_id', 'uuid', (c) => c.references('catalog_sessions.id').onDelete('set null'))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('catalog_sessions_dates', sql`end_date >= start_date`)
    .execute();

  await db.schema
    .createTable('catalog_programmes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
    .addColumn('source_id', 'uuid', (c) => c.references('catalog_sources.id').onDelete('cascade'))
    .addColumn('remote_id', 'uuid')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('crebo', 'text', (c) => c.notNull().check(sql`crebo ~ '^[0-9]{5}$'`))
    .addColumn('leerweg', 'text', (c) => c.notNull().check(sql`leerweg in ('BOL', 'BBL')`))
    .addColumn('niveau', 'integer', (c) => c.notNull().check(sql`niveau between 1 and 4`))
    .addColumn('duration_months', 'integer')
    .execute();

  await db.schema
    .createTable('catalog_units')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
    .addColumn('source_id', 'uuid', (c) => c.references('catalog_sources.id').onDelete('cascade'))
    .addColumn('remote_id', 'uuid')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('course', 'learning_component')`))
    .addColumn('component_type', 'text')
    .addColumn('programme_id', 'uuid', (c) => c.references('catalog_programmes.id').onDelete('set null'))
    .addColumn('parent_unit_id', 'uuid', (c) => c.references('catalog_units.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('sbu', 'integer', (c) => c.notNull().check(sql`sbu > 0`))
    .addColumn('duration_weeks', 'integer', (c) => c.check(sql`duration_weeks > 0`))
    .addColumn('learning_outcomes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('crebo', 'text', (c) => c.check(sql`crebo ~ '^[0-9]{5}$'`))
    .addColumn('elective_code', 'text', (c) => c.check(sql`elective_code ~ '^K[0-9]{4}$'`))
    .addColumn('covers', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('leerwegen', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{BOL,BBL}'`))
    .addColumn('standalone', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('leads_to', 'text', (c) => c.check(sql`leads_to in ('certificate', 'badge')`))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nl-NL'))
    .addColumn('standard_issues', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();

  await db.schema
    .createTable('catalog_offerings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
    .addColumn('source_id', 'uuid', (c) => c.references('catalog_sources.id').onDelete('cascade'))
    .addColumn('remote_id', 'uuid')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('programme_id', 'uuid', (c) => c.references('catalog_programmes.id').onDelete('cascade'))
    .addColumn('unit_id', 'uuid', (c) => c.references('catalog_units.id').onDelete('cascade'))
    .addColumn('session_id', 'uuid', (c) => c.references('catalog_sessions.id').onDelete('set null'))
    .addColumn('location_code', 'text', (c) => c.check(sql`location_code ~ '^[0-9]{3}X[0-9]{3}$'`))
    .addColumn('intake', 'text', (c) => c.notNull().check(sql`intake in ('fixed', 'flexible')`))
    .addColumn('start_date', 'date')
    .addColumn('end_date', 'date')
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('on_site', 'online', 'hybrid')`))
    .addColumn('price_cents', 'integer', (c) => c.check(sql`price_cents >= 0`))
    .addColumn('capacity', 'integer', (c) => c.check(sql`capacity > 0`))
    .addColumn('application_start', 'date')
    .addColumn('application_end', 'date')
    .addCheckConstraint('catalog_offerings_parent', sql`(programme_id is null) <> (unit_id is null)`)
    .addCheckConstraint('catalog_offerings_dates', sql`end_date is null or start_date is null or end_date >= start_date`)
    .execute();

  // The lifecycle every versioned catalogue item shares.
  for (const table of ['catalog_programmes', 'catalog_units', 'catalog_offerings']) {
    await db.schema
      .alterTable(table)
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('draft')
          .check(sql`status in ('draft', 'published', 'retired')`),
      )
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('pending', 'jsonb')
      .addColumn('content_hash', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('published_at', 'timestamptz')
      .addColumn('retired_at', 'timestamptz')
      .addColumn('modified_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
  }

  for (const table of ['catalog_sessions', 'catalog_programmes', 'catalog_units', 'catalog_offerings']) {
    await sql`create unique index ${sql.raw(`${table}_local_code`)} on ${sql.table(table)} (institution_id, code) where source_id is null`.execute(
      db,
    );
    await sql`create unique index ${sql.raw(`${table}_remote`)} on ${sql.table(table)} (source_id, remote_id) where source_id is not null`.execute(
      db,
    );
  }
  // The OEAPI lists: published local items in id order.
  for (const table of ['catalog_programmes', 'catalog_offerings']) {
    await sql`create index ${sql.raw(`${table}_public`)} on ${sql.table(table)} (id) where status = 'published' and source_id is null`.execute(
      db,
    );
  }
  await sql`create index catalog_units_public on catalog_units (kind, id) where status = 'published' and source_id is null`.execute(db);
  await sql`create index catalog_units_institution on catalog_units (institution_id, kind, id)`.execute(db);
  await sql`create index catalog_units_parent on catalog_units (parent_unit_id) where parent_unit_id is not null`.execute(db);
  await sql`create index catalog_units_programme on catalog_units (programme_id) where programme_id is not null`.execute(db);
  await sql`create index catalog_units_crebo on catalog_units (crebo) where crebo is not null`.execute(db);
  await sql`create index catalog_units_elective on catalog_units (elective_code) where elective_code is not null`.execute(db);
  await sql`create index catalog_units_modified on catalog_units (modified_at) where source_id is null`.execute(db);
  await sql`create index catalog_programmes_institution on catalog_programmes (institution_id, id)`.execute(db);
  await sql`create index catalog_programmes_crebo on catalog_programmes (crebo)`.execute(db);
  await sql`create index catalog_offerings_unit on catalog_offerings (unit_id) where unit_id is not null`.execute(db);
  await sql`create index catalog_offerings_programme on catalog_offerings (programme_id) where programme_id is not null`.execute(db);
  await sql`create index catalog_offerings_institution on catalog_offerings (institution_id, id)`.execute(db);
  await sql`create index catalog_offerings_session on catalog_offerings (session_id) where session_id is not null`.execute(db);
  await sql`create index catalog_sessions_institution on catalog_sessions (institution_id, start_date)`.execute(db);

  await db.schema
    .createTable('catalog_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('item_type', 'text', (c) => c.notNull().check(sql`item_type in ('programme', 'unit', 'offering')`))
    .addColumn('item_id', 'uuid', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('published', 'retired', 'harvested')`))
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('catalog_versions_item').on('catalog_versions').columns(['item_id', 'version']).execute();

  await db.schema
    .createTable('catalog_rulesets')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('sector', 'institution')`))
    .addColumn('institution_id', 'uuid', (c) => c.references('institutions.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rules', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('catalog_rulesets_scope', sql`(scope = 'sector') = (institution_id is null)`)
    .execute();
  await sql`create unique index catalog_rulesets_one_per_scope on catalog_rulesets (coalesce(institution_id, '00000000-0000-0000-0000-000000000000'::uuid))`.execute(
    db,
  );

  // The search rows are split: the narrow part that filters, facets and sorting scan, and the wide part
  // (texts and the Dutch full-text document) that only matching and the result page read.
  await db.schema
    .createTable('catalog_search')
    .addColumn('unit_id', 'uuid', (c) => c.primaryKey().references('catalog_units.id').onDelete('cascade'))
    .addColumn('institution_id', 'uuid', (c) => c.notNull())
    .addColumn('source_id', 'uuid')
    .addColumn('sbu', 'integer', (c) => c.notNull())
    .addColumn('niveau', 'integer')
    .addColumn('domain', 'text')
    .addColumn('crebo', 'text')
    .addColumn('elective_code', 'text')
    .addColumn('leerwegen', sql`text[]`, (c) => c.notNull())
    .addColumn('standalone', 'boolean', (c) => c.notNull())
    .addColumn('leads_to', 'text')
    .addColumn('modes', sql`text[]`, (c) => c.notNull())
    .addColumn('provinces', sql`text[]`, (c) => c.notNull())
    .addColumn('location_codes', sql`text[]`, (c) => c.notNull())
    .addColumn('start_dates', sql`date[]`, (c) => c.notNull())
    .addColumn('next_start', 'date')
    .addColumn('flexible', 'boolean', (c) => c.notNull())
    .addColumn('min_price_cents', 'integer')
    .addColumn('offering_count', 'integer', (c) => c.notNull())
    .execute();
  await sql`create index catalog_search_niveau on catalog_search (niveau)`.execute(db);
  await sql`create index catalog_search_crebo on catalog_search (crebo)`.execute(db);
  await sql`create index catalog_search_elective on catalog_search (elective_code)`.execute(db);
  await sql`create index catalog_search_domain on catalog_search (domain)`.execute(db);
  await sql`create index catalog_search_institution on catalog_search (institution_id)`.execute(db);

  await db.schema
    .createTable('catalog_search_text')
    .addColumn('unit_id', 'uuid', (c) => c.primaryKey().references('catalog_units.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('institution_name', 'text', (c) => c.notNull())
    .addColumn('qualification_title', 'text')
    .addColumn('elective_title', 'text')
    .addColumn('document', sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`create index catalog_search_text_document on catalog_search_text using gin (document)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'catalog_search_text',
    'catalog_search',
    'catalog_rulesets',
    'catalog_versions',
    'catalog_offerings',
    'catalog_units',
    'catalog_programmes',
    'catalog_sessions',
    'catalog_harvest_runs',
    'catalog_sources',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
