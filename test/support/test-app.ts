import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { RoleGrant } from '../../src/platform/access/principal.js';
import { loadConfig, type Config } from '../../src/platform/config/config.js';
import type { Backend } from '../../src/platform/db/database.js';
import type { ZodApp } from '../../src/platform/http/server.js';
import { createApiClient, type ClientScope } from '../../src/platform/identity/client-credentials.js';
import { grantRole, upsertPersonFromLogin } from '../../src/platform/identity/persons.js';
import { createSession, SESSION_COOKIE } from '../../src/platform/identity/sessions.js';
import { seedData } from '../../src/demo/seed-demo-data.js';
import { jobDefinitions, moduleContext } from '../../src/modules.js';
import { createJobQueue, idleJobQueue, type JobQueue } from '../../src/platform/jobs/job-queue.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

/** Headers that make a request come from a logged-in person (session cookie plus CSRF token). */
export interface PersonHeaders {
  readonly personId: string;
  readonly headers: Record<string, string>;
}

/** A running app on a fresh database, with helpers to act as people and machine clients. */
export interface TestApp {
  readonly app: ZodApp;
  readonly database: TestDatabase;
  readonly config: Config;
  /** The background job queue (running only when the app was created with `jobs: true`). */
  readonly jobs: JobQueue;
  /** Creates a person with the given grants and logs them in. */
  loginAs(options?: { grants?: readonly RoleGrant[]; name?: string; subject?: string }): Promise<PersonHeaders>;
  /** Registers a machine client for an institution and returns its bearer header. */
  bearer(institutionId: string, scopes?: readonly ClientScope[]): Promise<Record<string, string>>;
  close(): Promise<void>;
}

let counter = 0;

/** The platform secret of test apps. */
export const TEST_SECRET_KEY = 'test-secret-key-that-is-long-enough-0123456789';

/** Test configuration: quiet logs, no rate limit in the way, a fixed public URL. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000',
    PUBLIC_URL: 'http://localhost:3000',
    DATA_DIR: 'memory://',
    ...overrides,
  });
}

/** Builds the app on a fresh database of the given backend. */
export async function createTestApp(
  backend: Backend,
  options: { seed?: boolean; config?: Record<string, string>; jobs?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(backend);
  const config = testConfig(options.config);
  const secretKey = TEST_SECRET_KEY;
  await seedData(moduleContext(database.db, config, undefined, undefined, secretKey), { demo: options.seed ?? false });
  const jobs = options.jobs
    ? createJobQueue(database, {
        onError: (error) => {
          throw error;
        },
      })
    : idleJobQueue;
  const app = await buildApp({ config, database, secretKey, logger: false, jobs });
  await app.ready();
  // Without `jobs: true` the app runs no background work, whatever jobs its modules declare.
  if (options.jobs) await jobs.start(jobDefinitions(moduleContext(database.db, config, jobs, undefined, secretKey)));
  return {
    app,
    database,
    config,
    async loginAs({ grants = [], name = 'Test Persoon', subject } = {}) {
      counter += 1;
      const person = await upsertPersonFromLogin(database.db, {
        issuer: 'urn:test',
        subject: subject ?? `person-${process.pid}-${counter}-${Date.now()}`,
        name,
        email: null,
      });
      for (const g of grants) await grantRole(database.db, person.id, g);
      const token = await createSession(database.db, person.id, 1);
      const cookie = `${SESSION_COOKIE}=${app.signCookie(token)}`;
      const session = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
      const csrfCookie = setCookies(session)
        .find((c) => c.startsWith('csrf-secret='))
        ?.split(';')[0];
      const csrfToken = session.json<{ csrfToken: string }>().csrfToken;
      return { personId: person.id, headers: { cookie: [cookie, csrfCookie].filter(Boolean).join('; '), 'x-csrf-token': csrfToken } };
    },
    async bearer(institutionId, scopes = ['read', 'catalog:write', 'credentials:issue', 'dossier:write', 'logistics:write']) {
      const client = await createApiClient(database.db, { institutionId, name: 'test client', scopes });
      const response = await app.inject({
        method: 'POST',
        url: '/oauth/token',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `grant_type=client_credentials&client_id=${client.clientId}&client_secret=${client.clientSecret}`,
      });
      if (response.statusCode !== 200) throw new Error(`token request failed: ${response.body}`);
      return { authorization: `Bearer ${response.json<{ access_token: string }>().access_token}` };
    },
    jobs,
    async close() {
      await jobs.stop();
      await app.close();
      await database.drop();
    },
  };
}

/** The Set-Cookie headers of a response as a list. */
export function setCookies(response: LightMyRequestResponse): string[] {
  const raw = response.headers['set-cookie'];
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}
