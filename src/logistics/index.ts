import type { PlatformModule } from '../platform/index.js';
import * as scenarios from './migrations/2026-11-23-logistics-scenarios.js';
import { registerEngineRoutes } from './routes/engine-routes.js';
import { registerScenarioRoutes } from './routes/scenario-routes.js';
import { seedLogistics } from './seed/seed-logistics.js';
import { SimulationPool } from './simulation/worker-pool.js';

export type { LogisticsTables } from './store/tables.js';

/** Education logistics: the mengpaneel (engine, scenarios, simulation) and the student-number forecast. */
export const logisticsModule: PlatformModule = {
  name: 'logistics',
  products: ['mengpaneel', 'prognose'],
  migrations: { '2026-11-23-logistics-scenarios': scenarios },
  errorCodes: {
    'logistics.scenario-changed': { status: 409, title: 'The scenario was saved by someone else in the meantime' },
    'logistics.simulation-too-large': { status: 400, title: 'The simulation asks for too many runs for this many cells' },
  },
  registerRoutes(app, context) {
    const pool = new SimulationPool();
    app.addHook('onClose', async () => pool.close());
    registerEngineRoutes(app, pool);
    registerScenarioRoutes(app, context.db);
  },
  seedDemo: seedLogistics,
};
