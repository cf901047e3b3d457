import type { ModuleContext } from '../platform/modules.js';
export async function seedDemoAccounts(_context: ModuleContext): Promise<void> {}
