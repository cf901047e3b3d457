import { sql, type Kysely } from 'kysely';

/**
 * The OEAPI documents of published local courses and learning components, serialised once when the
 * unit's search row is refreshed (publish, retire, offerings, imports): `plain` without and `mbo`
 * with the consumer `x-mbo-catalogus`. Lists of units send them as they are instead of mapping and
 * serialising every unit on every request. A unit without a document (published before this
 * table existed) is mapped from its row, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('catalog_oeapi_documents')
    .addColumn('unit_id', 'uuid', (c) => c.primaryKey().references('catalog_units.id').onDelete('cascade'))
    .addColumn('plain', 'text', (c) => c.notNull())
    .addColumn('mbo', 'text', (c) => c.notNull())
    .execute();
  // Documents are read whole and often: kept in the row (compressed if need be), not out of line.
  await sql`alter table catalog_oeapi_documents alter column plain set storage main`.execute(db);
  await sql`alter table catalog_oeapi_documents alter column mbo set storage main`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('catalog_oeapi_documents').ifExists().execute();
}
