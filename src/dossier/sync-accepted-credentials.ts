import type { DossierEnv } from './env.js';
import { credentialDetails, credentialTitle, storedReport } from './import-credential.js';
import { importedAwardIds, insertItem, markAwardImported } from './store/items.js';

/**
 * Brings badges the learner accepted in the credentials module into the dossier, once each, verified
 * like any import. Runs when the learner reads their dossier, so the credentials module needs no
 * knowledge of dossiers (no dependency back).
 */
export async function syncAcceptedCredentials(env: DossierEnv, ownerId: string): Promise<number> {
  const accepted = await env.acceptedCredentials(ownerId);
  if (accepted.length === 0) return 0;
  const known = await importedAwardIds(env.db, ownerId);
  const fresh = accepted.filter((a) => !known.has(a.awardId));
  for (const award of fresh) {
    const report = await env.verify(award.credential);
    await env.db.transaction().execute(async (trx) => {
      if (!(await markAwardImported(trx, ownerId, award.awardId))) return;
      await insertItem(trx, {
        ownerId,
        kind: 'credential',
        title: credentialTitle(report),
        description: report.credential?.achievement?.description ?? null,
        details: credentialDetails(report),
        fileIds: [],
        provenance: 'signed',
        datedAt: award.acceptedAt,
        awardId: award.awardId,
        credential: award.credential,
        verification: { verdict: report.verdict, report: storedReport(report), at: new Date() },
      });
    });
  }
  return fresh.length;
}
