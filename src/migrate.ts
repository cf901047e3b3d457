import { configOrExit } from './platform/config/config-or-exit.js';

/** `npm run migrate`: applies pending migrations (and demo data when enabled), then exits. */
async function run(): Promise<void> {
  const config = configOrExit();
  const { prepareDatabase } = await import('./startup.js');
  const { database, applied } = await prepareDatabase(config, { seed: process.argv.includes('--seed') });
  process.stdout.write(
    applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'The database is up to date.\n',
  );
  await database.close();
}

run().catch((error: unknown) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
