import type { ModuleContext } from '../platform/modules.js';
import { modules } from '../modules.js';
import { seedDemoAccounts } from './demo-accounts.js';

/** Writes every module's essential data, then (when asked) the demo data and the demo accounts. Idempotent. */
export async function seedData(context: ModuleContext, options: { demo: boolean }): Promise<void> {
  for (const m of modules) if (m.ensureData) await m.ensureData(context);
  if (!options.demo) return;
  for (const m of modules) if (m.seedDemo) await m.seedDemo(context);
  await seedDemoAccounts(context);
  for (const m of modules) if (m.seedDemoForAccounts) await m.seedDemoForAccounts(context);
}
