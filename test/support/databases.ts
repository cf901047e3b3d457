import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import pg from 'pg';
import { allMigrations } from '../../src/app.js';
import { openDatabase, pgliteDatabase, pgliteParsers, type Backend, type Database } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { PGliteDialect } from '../../src/platform/db/pglite-dialect.js';

/** The backends every integration suite runs against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const testBackends: readonly Backend[] = process.env['TEST_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];

/** A migrated, empty database of its own for one test suite. */
export interface TestDatabase extends Database {
  /** Connection string (PostgreSQL only), for child processes that must open the same database. */
  readonly url: string | undefined;
  /** Closes and removes the database. */
  readonly drop: () => Promise<void>;
}

let template: Promise<File | Blob> | undefined;

/** One migrated PGlite per worker, dumped once and loaded for each suite (initdb takes seconds). */
function pgliteTemplate(): Promise<File | Blob> {
  template ??= (async () => {
    const client = await PGlite.create();
    const db = new Kysely<unknown>({ dialect: new PGliteDialect(client) });
    await migrateToLatest(db, allMigrations());
    const dump = await client.dumpDataDir('none');
    await db.destroy();
    return dump;
  })();
  return template;
}

/** Creates a fresh, migrated database on the given backend. */
export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const client = await PGlite.create({ loadDataDir: await pgliteTemplate(), parsers: pgliteParsers });
    const database = pgliteDatabase(client);
    return { ...database, url: undefined, drop: database.close };
  }
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `dp_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.href, poolSize: 10 });
  await migrateToLatest(database.db, allMigrations());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await database.close();
  };
  return {
    ...database,
    url: url.href,
    close,
    drop: async () => {
      await close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}
