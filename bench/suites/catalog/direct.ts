import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { searchStatement } from '../../../src/catalog/store/search.js';
import { runConcurrently, type ConcurrentResult } from '../../lib/concurrent.js';
import { searchQueries } from './queries.js';
import { openStorage, type Storage } from './prepare.js';

/**
 * The learner searches' statements issued straight through the driver, with the same mix, the same
 * concurrency and (on PostgreSQL) a pool as large as the server's: what the API costs on top of its SQL.
 */
export async function measureDirectSearch(
  storage: Storage,
  options: { workers: number; poolSize: number; durationSeconds: number; warmupSeconds: number },
): Promise<ConcurrentResult> {
  const compiler = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ max: 1 }) }) });
  const statements = searchQueries.map((q) => searchStatement(q).compile(compiler));
  await compiler.destroy();
  let next = 0;
  const statement = () => statements[next++ % statements.length] as (typeof statements)[number];
  if (storage.databaseUrl) {
    const pool = new pg.Pool({ connectionString: storage.databaseUrl, max: options.poolSize });
    // A connection the suite's clean-up ends (drop database … with force) must not end this process.
    pool.on('error', () => undefined);
    try {
      return await runConcurrently({
        ...options,
        task: () => {
          const s = statement();
          return pool.query(s.sql, s.parameters as unknown[]);
        },
      });
    } finally {
      await pool.end();
    }
  }
  const database = await openStorage(storage);
  try {
    return await runConcurrently({
      ...options,
      task: () => {
        const s = statement();
        return database.rawQuery(s.sql, s.parameters as unknown[]);
      },
    });
  } finally {
    await database.close();
  }
}
