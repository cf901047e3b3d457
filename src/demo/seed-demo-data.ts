import type { ModuleContext } from '../platform/modules.js';
import { modules } from '../modules.js';
import { seedDemoAccounts } from './demo-accounts.js';

/** Writes every module's demo data, then the demo accounts that use it. Idempotent. */
export async function seedDemoData(context: ModuleContext): Promise<void> {
  for (const m of modules) if (m.seedDemo) await m.seedDemo(context);
  await seedDemoAccounts(context);
}
