import { defineJob, type PlatformModule } from '../platform/index.js';
import { catalogErrorCodes } from './errors.js';
import { harvestAllSources, harvestSource } from './harvest-source.js';
import { HARVEST_JOB } from './request-harvest.js';
import * as core from './migrations/2026-11-10-catalog-core.js';
import * as searchPostings from './migrations/2026-11-24-catalog-search-postings.js';
import * as oeapiDocuments from './migrations/2026-11-25-catalog-oeapi-documents.js';
import * as searchChanges from './migrations/2026-11-29-catalog-search-changes.js';
import { registerImportRoutes } from './routes/import-routes.js';
import { registerOeapiRoutes } from './routes/oeapi-routes.js';
import { registerPublicRoutes } from './routes/public-routes.js';
import { registerSourceRoutes } from './routes/source-routes.js';
import { registerStandardRoutes } from './routes/standard-routes.js';
import { registerWorkspaceRoutes } from './routes/workspace-routes.js';
import { seedCatalog } from './seed/seed-catalog.js';
import { refreshUnits, unitsWithoutDocument, unitsWithPassedStart } from './store/derived.js';
import { vacuumSearchPostings } from './store/search.js';

export type { CatalogTables } from './store/tables.js';

/** The education catalogue: editing, the OEAPI v6 read API, learner search, standard units, imports and the federated catalogue. */
export const catalogModule: PlatformModule = {
  name: 'catalog',
  products: ['landelijke-catalogus', 'zoeken-vergelijken', 'modulair-aanbod', 'legoblokjes'],
  migrations: {
    '2026-11-10-catalog-core': core,
    '2026-11-24-catalog-search-postings': searchPostings,
    '2026-11-25-catalog-oeapi-documents': oeapiDocuments,
    '2026-11-29-catalog-search-changes': searchChanges,
  },
  errorCodes: catalogErrorCodes,
  async registerRoutes(app, context) {
    registerWorkspaceRoutes(app, context.db);
    registerPublicRoutes(app, context.db);
    registerStandardRoutes(app, context.db);
    registerSourceRoutes(app, context.db, context.jobs);
    await registerImportRoutes(app, context.db);
    await registerOeapiRoutes(app, context.db, context.config.publicUrl);
  },
  jobs: (context) => [
    defineJob<{ sourceId?: string; full?: boolean }>({
      name: HARVEST_JOB,
      // Every hour, only what changed at each source; on demand for one source (see request-harvest.ts).
      schedule: '17 * * * *',
      scheduleData: {},
      retryLimit: 0,
      expireInSeconds: 30 * 60,
      handler: async (data) => {
        if (data.sourceId) await harvestSource({ db: context.db, sourceId: data.sourceId, full: data.full === true });
        else await harvestAllSources({ db: context.db });
      },
    }),
    defineJob({
      name: 'catalog.refresh-starts',
      // Every night: units whose next start has passed move on to their following start in search,
      // and up to 5,000 units published before OEAPI documents were kept get theirs; then the old
      // versions of the search postings go (the embedded database has no autovacuum).
      schedule: '23 2 * * *',
      scheduleData: {},
      handler: async () => {
        const ids = [...new Set([...(await unitsWithPassedStart(context.db)), ...(await unitsWithoutDocument(context.db, 5_000))])];
        await context.db.transaction().execute((trx) => refreshUnits(trx, ids));
        await vacuumSearchPostings(context.db);
      },
    }),
  ],
  seedDemo: seedCatalog,
};
