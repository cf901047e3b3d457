import { allMigrations } from '../../../src/app.js';
import { seedData } from '../../../src/demo/seed-demo-data.js';
import { moduleContext } from '../../../src/modules.js';
import { loadConfig } from '../../../src/platform/config/config.js';
import { resolveSecretKey } from '../../../src/platform/config/secret-key.js';
import { openDatabase } from '../../../src/platform/db/database.js';
import { migrateToLatest } from '../../../src/platform/db/migrate.js';
import { createApiClient } from '../../../src/platform/identity/client-credentials.js';

/** What the credentials benchmark needs from the prepared database. */
export interface PreparedIssuer {
  readonly institutionId: string;
  readonly achievementId: string;
  readonly did: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/**
 * Migrates and seeds a PostgreSQL database (demo data: ROC Amstelkade's issuer and badges) and
 * registers a machine client with `credentials:issue`. The secret goes into DATA_DIR, where the
 * server finds it, so that the keys sealed here open there.
 */
export async function prepareIssuer(databaseUrl: string, dataDir: string): Promise<PreparedIssuer> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
  const database = await openDatabase({ url: databaseUrl, poolSize: 2 });
  try {
    await migrateToLatest(database.db, allMigrations());
    const secretKey = await resolveSecretKey(config);
    await seedData(moduleContext(database.db, config, undefined, undefined, secretKey), { demo: true });
    const [row] = (await database.rawQuery(
      `select a.id as achievement_id, a.institution_id, k.controller
         from credential_achievements a
         join credential_issuer_keys k on k.issuer_id = a.issuer_id and k.retired_at is null and k.algorithm = 'Ed25519'
        where a.name = 'Veilig werken met gevaarlijke stoffen'`,
      [],
    )) as Array<{ achievement_id: string; institution_id: string; controller: string }>;
    if (!row) throw new Error('The demo data holds no badge to award');
    const client = await createApiClient(database.db, { institutionId: row.institution_id, name: 'bench', scopes: ['credentials:issue'] });
    return {
      institutionId: row.institution_id,
      achievementId: row.achievement_id,
      did: row.controller,
      clientId: client.clientId,
      clientSecret: client.clientSecret,
    };
  } finally {
    await database.close();
  }
}

/** One signed credential of a bulk award, read from the database (an eddsa-rdfc-2022 OpenBadgeCredential with status). */
export async function awardedCredential(databaseUrl: string): Promise<Record<string, unknown>> {
  const database = await openDatabase({ url: databaseUrl, poolSize: 1 });
  try {
    const [row] = (await database.rawQuery(`select credential from credential_awards where source = 'bulk' limit 1`, [])) as Array<{
      credential: Record<string, unknown>;
    }>;
    if (!row) throw new Error('No awarded credential to verify');
    return row.credential;
  } finally {
    await database.close();
  }
}
