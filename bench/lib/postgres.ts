import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Cleanup } from './cleanup.js';

/** Where benchmarks create their databases unless BENCH_DATABASE_URL says otherwise. */
export const defaultAdminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Runs one statement on a short-lived connection (database creation cannot run in a pool's transaction). */
async function once<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the server of `adminUrl`, dropped on cleanup; returns its connection string. */
export async function createDatabase(adminUrl: string, prefix: string, cleanup: Cleanup): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await once(adminUrl, (client) => client.query(`create database ${name}`));
  // `with (force)` ends sessions a killed server child may have left behind.
  cleanup.add(() => once(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

/**
 * Lets the database server settle before a suite: a CHECKPOINT writes out what the previous suite left
 * dirty (a bulk load, a dropped database), so that the checkpointer does not do it during the next
 * suite's measurements. Returns false when the server refused (CHECKPOINT needs superuser rights).
 */
export async function checkpoint(url: string): Promise<boolean> {
  try {
    await once(url, (client) => client.query('checkpoint'));
    return true;
  } catch {
    return false;
  }
}

/** The server's version string (for example `15.20 (Debian 15.20-0+deb12u1)`), or undefined when unreachable. */
export async function postgresServerVersion(url: string): Promise<string | undefined> {
  try {
    return await once(url, async (client) => {
      const result = await client.query<{ server_version: string }>('show server_version');
      return result.rows[0]?.server_version;
    });
  } catch {
    return undefined;
  }
}
