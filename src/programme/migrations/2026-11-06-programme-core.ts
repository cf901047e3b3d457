import { sql, type Kysely } from 'kysely';

/** The programme's themes, the products that serve each target group, and the theme teams. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('programme_themes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`code ~ '^[a-z0-9-]{2,60}$'`),
    )
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('name', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('programme_products')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('theme_id', 'uuid', (c) => c.notNull().references('programme_themes.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`code ~ '^[a-z0-9-]{2,60}$'`),
    )
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('name', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb', (c) => c.notNull())
    .addColumn('module', 'text')
    .addColumn('path', 'text')
    .addColumn('target_groups', sql`text[]`, (c) =>
      c
        .notNull()
        .check(sql`target_groups <@ array['student', 'docent', 'instelling', 'bestuurder']::text[] and cardinality(target_groups) > 0`),
    )
    .execute();
  await db.schema.createIndex('programme_products_theme').on('programme_products').column('theme_id').execute();

  await db.schema
    .createTable('programme_teams')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`code ~ '^[a-z0-9-]{2,60}$'`),
    )
    .addColumn('theme_id', 'uuid', (c) => c.references('programme_themes.id').onDelete('set null'))
    .addColumn('name', 'jsonb', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['programme_teams', 'programme_products', 'programme_themes']) await db.schema.dropTable(table).ifExists().execute();
}
