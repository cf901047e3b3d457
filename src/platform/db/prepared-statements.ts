import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/** How often a statement's text must have run before it is prepared on the server. */
const HOT_AFTER = 3;
/** At most this many distinct statements get a name; each connection prepares each of them at most once. */
const MAX_PREPARED = 256;
/** Texts counted while they are not yet hot; counting starts over when this many have gathered. */
const MAX_COUNTED = 4096;

/**
 * Decides which statements run as named (prepared) statements. PostgreSQL parses and plans an
 * unnamed statement on every execution; for the platform's larger statements (a share page, a
 * catalogue search) planning costs more than running them. A statement that runs again and again is
 * given a name derived from its text, so every pooled connection plans it once and then reuses the
 * plan. Texts built with inlined values never repeat often enough to be prepared; the number of names
 * is capped, so a stream of distinct texts cannot grow the server's memory.
 */
export class StatementNames {
  readonly #counts = new Map<string, number>();
  readonly #names = new Map<string, string>();

  /** The name under which this text runs prepared, or undefined to run it unnamed this time. */
  nameOf(text: string): string | undefined {
    const name = this.#names.get(text);
    if (name !== undefined) return name;
    if (this.#names.size >= MAX_PREPARED) return undefined;
    const count = (this.#counts.get(text) ?? 0) + 1;
    if (count < HOT_AFTER) {
      if (this.#counts.size >= MAX_COUNTED) this.#counts.clear();
      this.#counts.set(text, count);
      return undefined;
    }
    this.#counts.delete(text);
    const named = `dp_${createHash('sha256').update(text).digest('base64url').slice(0, 40)}`;
    this.#names.set(text, named);
    return named;
  }

  /** How many statements are prepared (for tests and diagnostics). */
  get size(): number {
    return this.#names.size;
  }
}

/** A pool for Kysely's PostgresDialect whose clients run hot statements prepared (see {@link StatementNames}). */
export function preparingPool(pool: pg.Pool, names: StatementNames = new StatementNames()): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
    function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
    function query<R>(
      sqlOrCursor: string | PostgresCursor<R>,
      parameters?: ReadonlyArray<unknown>,
    ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
      if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as never);
      const name = names.nameOf(sqlOrCursor);
      const values = parameters ? [...parameters] : [];
      return client.query(name ? { name, text: sqlOrCursor, values } : { text: sqlOrCursor, values }) as unknown as Promise<
        PostgresQueryResult<R>
      >;
    }
    return { query, release: () => client.release() };
  };
  return {
    async connect() {
      const client = await pool.connect();
      let facade = wrapped.get(client);
      if (!facade) {
        facade = wrap(client);
        wrapped.set(client, facade);
      }
      return facade;
    },
    end: () => pool.end(),
  };
}
