import type { DossierEnv } from '../env.js';

/** Demo dossier for the demo learners (filled in below). */
export async function seedDossier(_env: DossierEnv): Promise<void> {
  await Promise.resolve();
}
