import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { allMigrations } from '../../../src/app.js';
import { loadNationalCatalogue } from '../../../src/catalog/seed/load-national.js';
import { seedData } from '../../../src/demo/seed-demo-data.js';
import { moduleContext } from '../../../src/modules.js';
import { loadConfig } from '../../../src/platform/config/config.js';
import { resolveSecretKey } from '../../../src/platform/config/secret-key.js';
import { openDatabase, type Database } from '../../../src/platform/db/database.js';
import { migrateToLatest } from '../../../src/platform/db/migrate.js';
import { createApiClient } from '../../../src/platform/identity/client-credentials.js';

/** Where a server finds its data. */
export interface Storage {
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
}

export function openStorage(storage: Storage, poolSize = 4): Promise<Database> {
  return storage.databaseUrl
    ? openDatabase({ url: storage.databaseUrl, poolSize })
    : openDatabase({ dataDir: join(storage.dataDir, 'pglite') });
}

/** What the benchmark needs from a prepared database. */
export interface Prepared {
  readonly seconds: number;
  readonly units: number;
  readonly offerings: number;
  readonly institutionId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly serverVersion: string;
}

/**
 * Migrates, loads the essential and demo data and a generated national catalogue of `units` units,
 * and registers a machine client with catalog:write for one of its institutions. Closes the
 * database afterwards (PGlite admits one process at a time).
 */
export async function prepare(storage: Storage, options: { seed: number; units: number; log: (line: string) => void }): Promise<Prepared> {
  const started = performance.now();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: storage.dataDir, DATABASE_URL: storage.databaseUrl });
  const database = await openStorage(storage);
  try {
    await migrateToLatest(database.db, allMigrations());
    // The secret goes into DATA_DIR, where the server started on the same folder finds it.
    const secretKey = await resolveSecretKey(config);
    await seedData(moduleContext(database.db, config, undefined, undefined, secretKey), { demo: true });
    let last = 0;
    const report = await loadNationalCatalogue(
      database.db,
      { seed: options.seed, institutions: 64, units: options.units, today: '2026-11-01' },
      (line) => {
        if (performance.now() - last > 20_000) {
          last = performance.now();
          options.log(`  ${line}`);
        }
      },
    );
    const [institution] = (await database.rawQuery("select id from institutions where code = '810A001'", [])) as Array<{ id: string }>;
    if (!institution) throw new Error('The national catalogue holds no institution 810A001');
    const client = await createApiClient(database.db, { institutionId: institution.id, name: 'bench', scopes: ['catalog:write', 'read'] });
    const [version] = (await database.rawQuery('show server_version', [])) as Array<{ server_version: string }>;
    return {
      seconds: (performance.now() - started) / 1000,
      units: report.units,
      offerings: report.offerings,
      institutionId: institution.id,
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      serverVersion: version?.server_version ?? 'unknown',
    };
  } finally {
    await database.close();
  }
}
