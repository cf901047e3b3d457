import { sql, type Kysely } from 'kysely';

/**
 * Scenarios of the mengpaneel: per institution a baseline and its variants, each holding the
 * engine's complete inputs as one document (they are always read, computed and saved whole).
 * A scenario is private to its owner until it is shared with the institution's planners.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('logistics_scenarios')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('institution_id', 'uuid', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 120`))
    .addColumn('description', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('baseline', 'variant')`))
    .addColumn('based_on_id', 'uuid', (c) => c.references('logistics_scenarios.id').onDelete('set null'))
    .addColumn('owner_person_id', 'uuid', (c) => c.references('persons.id').onDelete('set null'))
    .addColumn('shared', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('inputs', 'jsonb', (c) => c.notNull())
    .addColumn('cell_count', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('logistics_scenarios_institution')
    .on('logistics_scenarios')
    .columns(['institution_id', 'updated_at'])
    .execute();
  await db.schema
    .createIndex('logistics_scenarios_demo_name')
    .on('logistics_scenarios')
    .columns(['institution_id', 'name'])
    .unique()
    .where(sql.ref('is_demo'), '=', true)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('logistics_scenarios').execute();
}
