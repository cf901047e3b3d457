import type { MigrationSet } from '../migrate.js';
import * as core from './2026-11-01-platform-core.js';
import * as demoIdpStore from './2026-11-04-platform-demo-idp-store.js';

/** The platform's own migrations; modules contribute theirs through the composition root. */
export const platformMigrations: MigrationSet = {
  '2026-11-01-platform-core': core,
  '2026-11-04-platform-demo-idp-store': demoIdpStore,
};
