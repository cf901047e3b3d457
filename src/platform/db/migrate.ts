import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { AnyDb } from './database.js';

/** Named migrations; names sort in the order they must run (date prefix). */
export type MigrationSet = Readonly<Record<string, Migration>>;

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: MigrationSet) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve({ ...this.migrations });
  }
}

/** Result of bringing a database up to date. */
export interface MigrationReport {
  readonly applied: string[];
}

/** Applies every pending migration in one run; throws with the failing migration's name. */
export async function migrateToLatest(db: AnyDb, migrations: MigrationSet): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(migrations) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
