import { describe } from 'vitest';
import type { Backend } from '../../src/platform/db/database.js';
import { testBackends } from './databases.js';

/** Runs a suite once per database backend (PGlite always; PostgreSQL when TEST_DATABASE_URL is set). */
export function describeEachBackend(name: string, suite: (backend: Backend) => void): void {
  describe.each(testBackends.map((b) => [b]))(`${name} (%s)`, (backend) => suite(backend));
}
