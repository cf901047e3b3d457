import { listAcceptedCredentials, verifyCredential } from '../credentials/index.js';
import type { ModuleContext, PlatformModule } from '../platform/index.js';
import type { DossierEnv } from './env.js';
import * as core from './migrations/2026-11-26-dossier-core.js';
import * as opensFromLog from './migrations/2026-11-27-dossier-opens-from-log.js';
import * as sharedFiles from './migrations/2026-11-28-dossier-shared-files.js';
import { registerAccessLogRoutes } from './routes/access-log-routes.js';
import { registerCollectionRoutes } from './routes/collection-routes.js';
import { registerExportRoutes } from './routes/export-routes.js';
import { registerFileRoutes } from './routes/file-routes.js';
import { registerInstitutionRoutes } from './routes/institution-routes.js';
import { registerItemRoutes } from './routes/item-routes.js';
import { registerShareRoutes } from './routes/share-routes.js';
import { seedDossier } from './seed/seed-dossier.js';
import { storageForDataDir, type FileStorage } from './storage/file-storage.js';
import { AccessLogWriter } from './store/access-log.js';

const storages = new Map<string, Promise<FileStorage>>();

/** The module's run-time dependencies, from the platform's context (one file storage per data folder). */
export async function dossierEnv(context: ModuleContext, storage?: FileStorage): Promise<DossierEnv> {
  let chosen = storage;
  if (!chosen) {
    const key = context.config.dataDir.startsWith('memory://') ? `memory:${Math.random()}` : context.config.dataDir;
    const pending = storages.get(key) ?? storageForDataDir(context.config.dataDir);
    if (!key.startsWith('memory:')) storages.set(key, pending);
    chosen = await pending;
  }
  return {
    db: context.db,
    publicUrl: context.config.publicUrl,
    storage: chosen,
    maxFileBytes: context.config.dossierMaxFileBytes,
    fetchPrivateAddresses: context.config.dossierFetchPrivateAddresses,
    verify: (input) => verifyCredential(context, input),
    acceptedCredentials: (personId) => listAcceptedCredentials(context.db, personId),
    accessLog: AccessLogWriter.for(context.db),
  };
}

/** The learner-owned dossier: items with provenance, files, collections, shares, access log, exports, institution pushes. */
export const dossierModule: PlatformModule = {
  name: 'dossier',
  products: ['eigen-dossier'],
  migrations: {
    '2026-11-26-dossier-core': core,
    '2026-11-27-dossier-opens-from-log': opensFromLog,
    '2026-11-28-dossier-shared-files': sharedFiles,
  },
  errorCodes: {
    'dossier.item-attested': { status: 409, title: 'An institution attested this item; the learner cannot change it' },
    'dossier.item-signed': { status: 409, title: 'A signed credential cannot be changed' },
    'dossier.item-not-signed': { status: 409, title: 'Only signed credentials can be verified' },
    'dossier.item-not-attested': { status: 409, title: 'Only items an institution attested can be corrected by it' },
    'dossier.credential-invalid': { status: 422, title: 'The credential does not verify (bad signature)' },
    'dossier.credential-unreadable': { status: 422, title: 'The credential cannot be read' },
    'dossier.credential-url-refused': { status: 422, title: 'The credential URL cannot be fetched' },
    'dossier.file-empty': { status: 400, title: 'The file is empty' },
    'dossier.file-too-large': { status: 413, title: 'The file is too large' },
    'dossier.file-type-refused': { status: 415, title: 'This kind of file is not accepted' },
    'dossier.file-type-mismatch': { status: 415, title: 'The file is not of the type it claims to be' },
    'dossier.file-zip-bomb': { status: 422, title: 'The archive unpacks to too much data or cannot be read' },
    'dossier.share-revoked': { status: 410, title: 'This link has been revoked' },
    'dossier.share-expired': { status: 410, title: 'This link has expired' },
    'dossier.correction-answered': { status: 409, title: 'The correction request has been answered already' },
  },
  seedDemoForAccounts: async (context) => seedDossier(await dossierEnv(context)),
  async registerRoutes(app, context) {
    const env = await dossierEnv(context);
    registerItemRoutes(app, env);
    registerCollectionRoutes(app, env);
    registerFileRoutes(app, env);
    registerShareRoutes(app, env, context.config.dossierShareOpensPerMinute);
    registerAccessLogRoutes(app, env);
    registerExportRoutes(app, env);
    registerInstitutionRoutes(app, env);
  },
};
