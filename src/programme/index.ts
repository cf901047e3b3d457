import type { PlatformModule } from '../platform/index.js';
import * as core from './migrations/2026-11-06-programme-core.js';
import { registerOverviewRoutes } from './routes/overview-routes.js';
import { registerTeamRoutes } from './routes/team-routes.js';
import { programmeTeams, programmeThemes } from './seed/programme-data.js';
import { loadTeams, teamNames, upsertProgramme } from './store/overview.js';

export { targetGroups, type Bilingual, type TargetGroup } from './domain/overview.js';
/** The programme's teams (ids and codes), for other modules and the demo accounts. */
export { loadTeams };

/** The programme module: themes, products per target group, and the theme teams. */
export const programmeModule: PlatformModule = {
  name: 'programme',
  migrations: { '2026-11-06-programme-core': core },
  registerRoutes(app, context) {
    registerOverviewRoutes(app, context.db, context.deliveredProducts);
    registerTeamRoutes(app, context.db);
  },
  errorCodes: {
    'programme.person-unknown': { status: 404, title: 'Nobody with this e-mail address has logged in yet' },
  },
  scopeNames: (context, ids) => teamNames(context.db, ids),
  ensureData: (context) => upsertProgramme(context.db, programmeThemes, programmeTeams),
};
