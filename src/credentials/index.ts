import type { ModuleContext, PlatformModule } from '../platform/index.js';
import type { CredentialsEnv } from './env.js';
import * as core from './migrations/2026-11-20-credentials-core.js';
import { registerAchievementRoutes } from './routes/achievement-routes.js';
import { registerIssuerRoutes } from './routes/issuer-routes.js';
import { cryptoPool } from './signing/crypto-pool.js';

/** The module's run-time dependencies, from the platform's context. */
export function credentialsEnv(context: ModuleContext): CredentialsEnv {
  return {
    db: context.db,
    box: context.secretBox('credential-keys'),
    publicUrl: context.config.publicUrl,
    pool: cryptoPool(),
    jobs: context.jobs,
  };
}

/** Microcredentials: issuers and keys, achievements, awards, status lists, VC-API and public verification. */
export const credentialsModule: PlatformModule = {
  name: 'credentials',
  products: ['microcredentials'],
  migrations: { '2026-11-20-credentials-core': core },
  errorCodes: {
    'credentials.issuer-not-ready': { status: 409, title: 'The issuer has no active signing keys' },
    'credentials.achievement-archived': { status: 409, title: 'The achievement is archived' },
  },
  registerRoutes(app, context) {
    const env = credentialsEnv(context);
    registerIssuerRoutes(app, env);
    registerAchievementRoutes(app, env);
  },
};
