import type { CompiledQuery, KyselyPlugin } from 'kysely';
import pg from 'pg';
import { CatalogSearch } from '../../../src/catalog/store/search.js';
import { runConcurrently, type ConcurrentResult } from '../../lib/concurrent.js';
import type { SearchQuery } from '../../../src/catalog/domain/search.js';
import { searchQueries } from './queries.js';
import { openStorage, type Storage } from './prepare.js';

/** The statements one search issued, in order. */
type Statements = readonly CompiledQuery[];

/**
 * The statements the server's search issues for each of the benchmark's searches, recorded from the
 * search itself (the second run of each, when its facet index is loaded), so that the direct run
 * replays exactly the SQL the API sends.
 */
async function recordStatements(storage: Storage): Promise<Statements[]> {
  const database = await openStorage(storage);
  try {
    let recording: CompiledQuery[] | undefined;
    const executor = database.db.getExecutor();
    const recorder: KyselyPlugin = {
      transformQuery: ({ node, queryId }) => {
        recording?.push(executor.compileQuery(node, queryId));
        return node;
      },
      transformResult: ({ result }) => Promise.resolve(result),
    };
    const search = new CatalogSearch(database.db.withPlugin(recorder));
    const out: Statements[] = [];
    for (const query of searchQueries) {
      // The first run loads what the process keeps (facet index, labels); only the second is recorded.
      await search.search(query);
      const statements: CompiledQuery[] = [];
      recording = statements;
      await search.search(query);
      recording = undefined;
      if (statements.length === 0) throw new Error('A search issued no statement to record');
      out.push(statements);
    }
    return out;
  } finally {
    await database.close();
  }
}

/**
 * The learner searches' statements issued straight through the driver, with the same mix, the same
 * concurrency and (on PostgreSQL) a pool as large as the server's, each statement prepared as the
 * server prepares a statement it runs again and again: what the API costs on top of its SQL.
 */
export async function measureDirectSearch(
  storage: Storage,
  options: { workers: number; poolSize: number; durationSeconds: number; warmupSeconds: number },
): Promise<ConcurrentResult> {
  const searches = await recordStatements(storage);
  let next = 0;
  const nextSearch = () => searches[next++ % searches.length] as Statements;
  if (storage.databaseUrl) {
    const names = new Map<string, string>();
    const nameOf = (text: string) => names.get(text) ?? names.set(text, `search_${names.size}`).get(text);
    const pool = new pg.Pool({ connectionString: storage.databaseUrl, max: options.poolSize });
    // A connection the suite's clean-up ends (drop database … with force) must not end this process.
    pool.on('error', () => undefined);
    try {
      return await runConcurrently({
        ...options,
        task: async () => {
          for (const s of nextSearch()) await pool.query({ name: nameOf(s.sql), text: s.sql, values: s.parameters as unknown[] });
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
      task: async () => {
        for (const s of nextSearch()) await database.rawQuery(s.sql, s.parameters as unknown[]);
      },
    });
  } finally {
    await database.close();
  }
}

/**
 * The learner searches run by the store's search itself in this process (facet index, page pick and
 * its statement), at the same concurrency and pool size, without HTTP: what routing, validation,
 * serialization and the connections add on top of the search.
 */
export async function measureSearchWithoutHttp(
  storage: Storage,
  options: { workers: number; poolSize: number; durationSeconds: number; warmupSeconds: number },
): Promise<ConcurrentResult> {
  const database = await openStorage(storage, options.poolSize);
  try {
    const search = new CatalogSearch(database.db);
    // Loads the facet index and labels before the clock runs, as the server's warm-up does.
    for (const query of searchQueries) await search.search(query);
    let next = 0;
    return await runConcurrently({ ...options, task: () => search.search(searchQueries[next++ % searchQueries.length] as SearchQuery) });
  } finally {
    await database.close();
  }
}
