import pg from 'pg';
import { runConcurrently, type ConcurrentResult } from '../../lib/concurrent.js';
import { openStorage, type Storage } from './prepare.js';

/** The statement behind `GET /api/institutions/:id`, as the server's store issues it. */
export const institutionQuery =
  'select id, code, name, short_name, city, website, contact_email, is_demo, updated_at from institutions where id = $1';

/** How the direct run is shaped: the same concurrency and duration as the HTTP run it is compared with. */
export interface DirectOptions {
  readonly institutionId: string;
  readonly workers: number;
  readonly poolSize: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
}

async function expectOneRow(query: () => Promise<unknown[]>): Promise<void> {
  const rows = await query();
  if (rows.length !== 1) throw new Error(`The institution query returned ${rows.length} rows instead of 1`);
}

/**
 * Runs the institution query straight through the driver: on PostgreSQL over a pg.Pool as large as
 * the server's; on PGlite through the platform's own handle, which runs one query at a time.
 * The server must be stopped first on PGlite, which admits one process per data folder.
 */
export async function measureDirectQuery(storage: Storage, options: DirectOptions): Promise<ConcurrentResult> {
  const params = [options.institutionId];
  if (storage.databaseUrl) {
    const pool = new pg.Pool({ connectionString: storage.databaseUrl, max: options.poolSize });
    // A connection the suite's clean-up ends (drop database … with force) must not end this process.
    pool.on('error', () => undefined);
    try {
      // Prepared, as the server runs a statement it has seen a few times (see preparingPool).
      const query = async () => (await pool.query({ name: 'institution', text: institutionQuery, values: params })).rows as unknown[];
      await expectOneRow(query);
      return await runConcurrently({ ...options, task: query });
    } finally {
      await pool.end();
    }
  }
  const database = await openStorage(storage);
  try {
    const query = () => database.rawQuery(institutionQuery, params);
    await expectOneRow(query);
    return await runConcurrently({ ...options, task: query });
  } finally {
    await database.close();
  }
}
