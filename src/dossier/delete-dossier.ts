import { erasePerson, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import type { DossierEnv } from './env.js';
import { deleteOwnerData } from './store/dossier.js';
import { revokeAllShares } from './store/shares.js';

/**
 * The learner deletes their whole dossier: items, files, collections, correction requests, the access
 * log (badges accepted in the credentials module are not brought in again). Every share is revoked first and then deleted with the rest, so that every link stops working
 * at once (a recipient then sees "not found": nothing remains to say it was revoked). Results an
 * institution pushed come back only if the institution pushes them again. The person's account stays.
 */
export async function deleteDossier(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly account?: boolean;
}): Promise<{
  revokedShares: number;
  accountErased: boolean;
}> {
  const { env } = options;
  const person = requirePerson(options.principal);
  const owner = person.personId;
  const revokedShares = await env.db.transaction().execute(async (trx) => {
    const revoked = await revokeAllShares(trx, owner);
    await deleteOwnerData(trx, owner);
    await recordAuditEvent(trx, {
      actor: person,
      action: 'dossier.deleted',
      subjectType: 'dossier',
      subjectId: owner,
      dataSubjectPersonId: owner,
      requestId: options.requestId,
      details: { revokedShares: revoked, accountErased: options.account === true },
    });
    if (options.account) await erasePerson(trx, owner);
    return revoked;
  });
  await env.storage.removePrefix(owner);
  return { revokedShares, accountErased: options.account === true };
}
