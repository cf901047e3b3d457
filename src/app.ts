import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { Config } from './platform/config/config.js';
import { createSecretBox } from './platform/crypto/secrets.js';
import type { Database } from './platform/db/database.js';
import { isDatabaseReachable } from './platform/db/database.js';
import type { MigrationSet } from './platform/db/migrate.js';
import { platformMigrations } from './platform/db/migrations/index.js';
import { DomainError, registerErrorCodes } from './platform/errors/problem.js';
import { sendProblem } from './platform/http/error-handler.js';
import { createServer, type ZodApp } from './platform/http/server.js';
import { createAuthenticator } from './platform/identity/authenticate.js';
import { createTokenService } from './platform/identity/client-credentials.js';
import { DEMO_IDP_PATH } from './platform/identity/demo-idp/provider.js';
import { registerLoginRoutes } from './platform/identity/routes/login-routes.js';
import { registerTokenRoutes } from './platform/identity/routes/token-routes.js';
import { loadSigningKeys } from './platform/identity/signing-keys.js';
import type { JobQueue } from './platform/jobs/job-queue.js';
import type { ModuleContext, PlatformModule } from './platform/modules.js';
import { registerProblemRoutes } from './platform/http/problem-routes.js';
import { registerAuditRoutes } from './platform/audit/audit-routes.js';
import { moduleContext, modules } from './modules.js';

/** Every migration of the platform and its modules, in one set. */
export function allMigrations(list: readonly PlatformModule[] = modules): MigrationSet {
  const merged: Record<string, MigrationSet[string]> = { ...platformMigrations };
  for (const m of list) {
    for (const [name, migration] of Object.entries(m.migrations ?? {})) {
      if (merged[name]) throw new Error(`Migration ${name} is defined twice`);
      merged[name] = migration;
    }
  }
  return merged;
}

/** What the composition root needs. */
export interface AppOptions {
  readonly config: Config;
  readonly database: Database;
  readonly secretKey: string;
  readonly logger?: boolean;
  /** The background job queue (started by the caller once the server listens); idle when absent. */
  readonly jobs?: JobQueue;
}

// Run from source (src/app.ts) the build is in ../dist/web; built (a file in dist/server) it is ../web.
const webDist = [new URL('../dist/web/', import.meta.url), new URL('../web/', import.meta.url)]
  .map((u) => fileURLToPath(u))
  .find((dir) => existsSync(join(dir, 'index.html')));

/** Builds the whole server: platform behaviour, identity, every module's routes and the web app. */
export async function buildApp(options: AppOptions): Promise<ZodApp> {
  const { config, database, secretKey } = options;
  const box = createSecretBox(secretKey, 'platform-keys');
  const tokenKeys = await loadSigningKeys(database.db, box, 'client-tokens', 'ES256');
  const tokens = createTokenService(database.db, tokenKeys, config.publicUrl);
  const app = await createServer({
    config,
    cookieSecret: secretKey,
    authenticate: createAuthenticator(database.db, tokens, [DEMO_IDP_PATH]),
    formActionOrigins: config.oidc.mode === 'external' ? [new URL(config.oidc.issuer).origin] : [],
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });

  app.get('/ready', { schema: { hide: true }, config: { rateLimit: false } }, async (request, reply) => {
    if (await isDatabaseReachable(database.db)) return { status: 'ready', database: database.backend };
    return sendProblem(request, reply, new DomainError('service-unavailable', 'The database is not reachable'));
  });

  registerProblemRoutes(app);
  registerAuditRoutes(app, database.db);
  registerTokenRoutes(app, tokens);
  const context: ModuleContext = moduleContext(database.db, config, options.jobs, modules, secretKey);
  const scopeNames = async (ids: readonly string[]): Promise<ReadonlyMap<string, string>> => {
    const names = new Map<string, string>();
    if (ids.length === 0) return names;
    for (const m of modules) for (const [id, name] of (await m.scopeNames?.(context, ids)) ?? []) names.set(id, name);
    return names;
  };
  await registerLoginRoutes(app, { config, db: database.db, box, secretKey, scopeNames });

  for (const m of modules) {
    if (m.errorCodes) registerErrorCodes(m.errorCodes);
    if (m.registerRoutes) await m.registerRoutes(app, context);
  }

  await registerWebApp(app);
  return app;
}

/** Serves the built web app, with index.html for every page path the client router owns. */
async function registerWebApp(app: ZodApp): Promise<void> {
  const dist = webDist ?? '';
  const hasBuild = webDist !== undefined;
  if (hasBuild) {
    await app.register(fastifyStatic, { root: dist, prefix: '/', wildcard: false, index: false, maxAge: '1h', immutable: false });
  }
  const apiPrefixes = ['/api/', '/oauth/', '/auth/', '/demo-idp', '/demo-login/', '/problems/', '/oeapi/'];
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const wantsPage =
      request.method === 'GET' && !apiPrefixes.some((p) => path.startsWith(p)) && (request.headers.accept ?? '').includes('text/html');
    if (wantsPage && hasBuild) return reply.header('cache-control', 'no-cache').sendFile('index.html', dist);
    return sendProblem(request, reply, new DomainError('not-found', `No resource at ${request.method} ${path}`));
  });
}
