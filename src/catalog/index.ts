import type { PlatformModule } from '../platform/index.js';
import { catalogErrorCodes } from './errors.js';
import * as core from './migrations/2026-11-10-catalog-core.js';
import { registerImportRoutes } from './routes/import-routes.js';
import { registerOeapiRoutes } from './routes/oeapi-routes.js';
import { registerPublicRoutes } from './routes/public-routes.js';
import { registerStandardRoutes } from './routes/standard-routes.js';
import { registerWorkspaceRoutes } from './routes/workspace-routes.js';
import { seedCatalog } from './seed/seed-catalog.js';

export type { CatalogTables } from './store/tables.js';

/** The education catalogue: editing, the OEAPI v6 read API, learner search, standard units, imports and the federated catalogue. */
export const catalogModule: PlatformModule = {
  name: 'catalog',
  products: ['landelijke-catalogus', 'zoeken-vergelijken', 'modulair-aanbod', 'legoblokjes'],
  migrations: { '2026-11-10-catalog-core': core },
  errorCodes: catalogErrorCodes,
  async registerRoutes(app, context) {
    registerWorkspaceRoutes(app, context.db);
    registerPublicRoutes(app, context.db);
    registerStandardRoutes(app, context.db);
    await registerImportRoutes(app, context.db);
    await registerOeapiRoutes(app, context.db, context.config.publicUrl);
  },
  seedDemo: seedCatalog,
};
