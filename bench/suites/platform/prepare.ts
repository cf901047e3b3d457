import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { allMigrations } from '../../../src/app.js';
import { seedData } from '../../../src/demo/seed-demo-data.js';
import { moduleContext } from '../../../src/modules.js';
import { loadConfig } from '../../../src/platform/config/config.js';
import { resolveSecretKey } from '../../../src/platform/config/secret-key.js';
import { openDatabase } from '../../../src/platform/db/database.js';
import { migrateToLatest } from '../../../src/platform/db/migrate.js';
import { createApiClient } from '../../../src/platform/identity/client-credentials.js';

/** Where the server will find its data: DATA_DIR, plus a database URL on PostgreSQL. */
export interface Storage {
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
}

/** What the benchmark needs from the prepared database. */
export interface PreparedData {
  readonly institutionId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** `server_version` of the engine (PGlite reports the PostgreSQL release it was built from). */
  readonly serverVersion: string;
  readonly seconds: number;
}

/** The PGlite folder inside DATA_DIR, exactly where the server opens it. */
export function pgliteDir(storage: Storage): string {
  return join(storage.dataDir, 'pglite');
}

/** Opens the storage as the server would. */
export function openStorage(storage: Storage) {
  return storage.databaseUrl ? openDatabase({ url: storage.databaseUrl, poolSize: 2 }) : openDatabase({ dataDir: pgliteDir(storage) });
}

/**
 * Migrates and seeds (essential and demo data) in the bench process, so that the server's start-up
 * is measured on an existing database, and registers a read-only machine client for one institution.
 * Closes the database afterwards: PGlite admits one process at a time.
 */
export async function prepareData(storage: Storage): Promise<PreparedData> {
  const started = performance.now();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: storage.dataDir, DATABASE_URL: storage.databaseUrl });
  const database = await openStorage(storage);
  try {
    await migrateToLatest(database.db, allMigrations());
    // The server reads the same secret from DATA_DIR, so keys sealed while seeding stay readable.
    const secretKey = await resolveSecretKey(config);
    await seedData(moduleContext(database.db, config, undefined, undefined, secretKey), { demo: true });
    const [institution] = (await database.rawQuery('select id from institutions order by code limit 1', [])) as Array<{ id: string }>;
    if (!institution) throw new Error('The demo data holds no institution');
    const client = await createApiClient(database.db, { institutionId: institution.id, name: 'bench', scopes: ['read'] });
    const [version] = (await database.rawQuery('show server_version', [])) as Array<{ server_version: string }>;
    return {
      institutionId: institution.id,
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      serverVersion: version?.server_version ?? 'unknown',
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await database.close();
  }
}
