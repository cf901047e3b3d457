import { DomainError, requirePerson, type Principal } from '../platform/index.js';
import type { DossierEnv } from './env.js';
import { storedReport } from './import-credential.js';
import { findItem, setVerification, type ItemRow } from './store/items.js';

/** Verifies a signed item again (signature, dates, status) and stores the result. */
export async function reverifyItem(env: DossierEnv, item: ItemRow): Promise<ItemRow> {
  const input = item.credential_jwt ?? item.credential;
  if (!input) throw new DomainError('dossier.item-not-signed', 'Only signed credentials can be verified');
  const report = await env.verify(input);
  const at = new Date();
  const stored = storedReport(report);
  await setVerification(env.db, item.owner_id, item.id, report.verdict, stored, at);
  return { ...item, verdict: report.verdict, verification: stored, verified_at: at };
}

/** The learner asks for a fresh verification of one of their credentials. */
export async function verifyItem(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly itemId: string;
}): Promise<ItemRow> {
  const person = requirePerson(options.principal);
  const item = await findItem(options.env.db, person.personId, options.itemId);
  if (!item) throw new DomainError('not-found', 'No item with this id in your dossier');
  if (item.provenance !== 'signed') throw new DomainError('dossier.item-not-signed', 'Only signed credentials can be verified');
  return reverifyItem(options.env, item);
}
