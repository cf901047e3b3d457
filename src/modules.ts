import type { PlatformModule } from './platform/modules.js';

/** The domain modules this server runs, in seeding order. */
export const modules: readonly PlatformModule[] = [];
