import { mkdir } from 'node:fs/promises';
import { PGlite, types } from '@electric-sql/pglite';
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';
import { preparingPool } from './prepared-statements.js';

/** Which engine holds the data. */
export type Backend = 'pglite' | 'postgres';

/** A database handle typed for any set of tables; modules narrow it with {@link tablesOf}. */
export type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An open database: the Kysely handle plus what the process needs to manage it. */
export interface Database {
  readonly db: AnyDb;
  readonly backend: Backend;
  /** Runs one raw, parameterised statement outside Kysely (benchmarks compare against this). */
  readonly rawQuery: (text: string, params: unknown[]) => Promise<unknown[]>;
  /**
   * Runs SQL for libraries that bring their own (the job queue): a parameterised statement, or a
   * script of several statements when there are no parameters. Never inside another caller's
   * transaction.
   */
  readonly executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  readonly close: () => Promise<void>;
}

/** Narrows the shared handle to the tables one module owns. The only cast between table sets. */
export function tablesOf<T>(db: AnyDb): Kysely<T> {
  return db as Kysely<T>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded database is used. */
  readonly url?: string | undefined;
  /** Folder for the embedded database; `memory://` (or undefined) keeps it in memory. */
  readonly dataDir?: string | undefined;
  readonly poolSize?: number;
}

// Counts come back as numbers and dates as 'YYYY-MM-DD' strings on both engines (a date has no time
// zone; a JavaScript Date would invent one). Amounts are stored as integer cents.
const parseInt8 = (value: string): number => Number.parseInt(value, 10);
const keepText = (value: string): string => value;
pg.types.setTypeParser(pg.types.builtins.INT8, parseInt8);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v: string) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, keepText);

/** Value parsers for PGlite that match those set for node-postgres above. */
export const pgliteParsers = {
  [types.INT8]: parseInt8,
  [types.NUMERIC]: (v: string) => Number(v),
  [types.DATE]: keepText,
};

/** The Database around a PostgreSQL pool. */
export function postgresDatabase(pool: pg.Pool): Database {
  pool.on('error', () => undefined); // an idle client's error surfaces on its next use instead
  // Statements that run again and again are prepared once per connection (see preparingPool).
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return {
    db,
    backend: 'postgres',
    rawQuery: async (text, params) => (await pool.query(text, params)).rows as unknown[],
    executeSql: async (text, values) => {
      const result = (await pool.query(text, values)) as pg.QueryResult | pg.QueryResult[];
      return { rows: Array.isArray(result) ? (result[result.length - 1]?.rows ?? []) : result.rows };
    },
    close: () => db.destroy(),
  };
}

/** The Database around an open PGlite instance. */
export function pgliteDatabase(client: PGlite): Database {
  const dialect = new PGliteDialect(client);
  const db = new Kysely<unknown>({ dialect });
  return {
    db,
    backend: 'pglite',
    // Through the driver, so that it never runs inside another caller's transaction.
    rawQuery: async (text, params) => (await db.executeQuery(CompiledQuery.raw(text, params))).rows,
    executeSql: (text, values) =>
      dialect.exclusive(async (session) => {
        if (values && values.length > 0) return { rows: (await session.query(text, values)).rows };
        const results = await session.exec(text);
        return { rows: results[results.length - 1]?.rows ?? [] };
      }),
    close: () => db.destroy(),
  };
}

/** Opens the configured database. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.url) return postgresDatabase(new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 }));
  const inMemory = !options.dataDir || options.dataDir.startsWith('memory://');
  if (!inMemory && options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const client = await PGlite.create(inMemory ? undefined : options.dataDir, {
    parsers: pgliteParsers,
    relaxedDurability: false,
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  return pgliteDatabase(client);
}

/**
 * The embedded engine's buffer cache. It is allocated and cleared in the process's memory at every
 * start (a quarter of a second for initdb's 128 MB on the two-core machine), while its data files
 * are read through the operating system's page cache anyway (ADR 0058).
 */
const PGLITE_SHARED_BUFFERS = '32MB';

/** True when the database answers a trivial query. */
export async function isDatabaseReachable(db: AnyDb): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
