import type { ModuleContext } from '../../platform/index.js';
import { writeReferenceFile } from '../import-reference-data.js';
import demoReference from './demo-reference.json' with { type: 'json' };

/** Loads the demo qualification structure and institutions (idempotent: a second run changes nothing). */
export async function seedReference(context: ModuleContext): Promise<void> {
  await writeReferenceFile({
    db: context.db,
    principal: { kind: 'system' },
    requestId: null,
    file: { format: 'json', kind: undefined, content: demoReference },
    dryRun: false,
  });
}
