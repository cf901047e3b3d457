import { allMigrations } from './app.js';
import type { Config } from './platform/config/config.js';
import { resolveSecretKey } from './platform/config/secret-key.js';
import type { Database } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { openConfiguredDatabase } from './platform/db/open-configured.js';
import { seedData } from './demo/seed-demo-data.js';
import { moduleContext } from './modules.js';

/**
 * Opens the configured database (or takes the one `options.opened` is opening), applies pending
 * migrations, writes essential data and (when enabled) the demo data.
 */
export async function prepareDatabase(
  config: Config,
  options: { seed: boolean; opened?: Promise<Database> },
): Promise<{ database: Database; secretKey: string; applied: string[] }> {
  const [secretKey, database] = await Promise.all([resolveSecretKey(config), options.opened ?? openConfiguredDatabase(config)]);
  try {
    const { applied } = await migrateToLatest(database.db, allMigrations());
    await seedData(moduleContext(database.db, config, undefined, undefined, secretKey), { demo: options.seed && config.seedDemoData });
    return { database, secretKey, applied };
  } catch (error) {
    await database.close();
    throw error;
  }
}
