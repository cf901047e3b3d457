import type { ModuleContext, PlatformModule } from './platform/modules.js';
import type { Config } from './platform/config/config.js';
import { createSecretBox } from './platform/crypto/secrets.js';
import type { AnyDb } from './platform/db/database.js';
import { idleJobQueue, type JobDefinition, type JobQueue } from './platform/jobs/job-queue.js';
import { catalogModule } from './catalog/index.js';
import { logisticsModule } from './logistics/index.js';
import { credentialsModule } from './credentials/index.js';
import { dossierModule } from './dossier/index.js';
import { programmeModule } from './programme/index.js';
import { referenceModule } from './reference/index.js';

/** The domain modules this server runs, in seeding order. */
export const modules: readonly PlatformModule[] = [
  referenceModule,
  programmeModule,
  catalogModule,
  credentialsModule,
  dossierModule,
  logisticsModule,
];

/** What every module gets from the composition root; `secretKey` is the platform secret (needed to seal or open keys). */
export function moduleContext(
  db: AnyDb,
  config: Config,
  jobs: JobQueue = idleJobQueue,
  list: readonly PlatformModule[] = modules,
  secretKey?: string,
): ModuleContext {
  return {
    db,
    config,
    jobs,
    deliveredProducts: new Set(list.flatMap((m) => m.products ?? [])),
    secretBox: (purpose) => {
      if (!secretKey) throw new Error('This process was started without the platform secret');
      return createSecretBox(secretKey, purpose);
    },
  };
}

/** Every module's background jobs. */
export function jobDefinitions(context: ModuleContext, list: readonly PlatformModule[] = modules): JobDefinition[] {
  return list.flatMap((m) => m.jobs?.(context) ?? []);
}
