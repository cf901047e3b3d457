import { authorize, DomainError, type Principal } from '../platform/index.js';
import type { DossierEnv } from './env.js';
import { dossierPolicy } from './policy.js';
import { recordAccess } from './store/access-log.js';
import { collectionItemIds } from './store/collections.js';
import { institutionNames } from './store/institutions.js';
import { findItems, type ItemRow } from './store/items.js';
import { sharesForInstitution } from './store/shares.js';

/** Shares addressed to the institutions where the person is staff. */
export async function listInstitutionShares(env: DossierEnv, principal: Principal) {
  const institutions = dossierPolicy.staffInstitutions(principal);
  authorize(principal, institutions.size > 0, 'Only institution staff see what learners shared with the institution');
  const lists = await Promise.all([...institutions].map((id) => sharesForInstitution(env.db, id)));
  return lists.flat();
}

/** Staff read a share addressed to their institution; the read lands in the learner's access log. */
export async function readInstitutionShare(
  env: DossierEnv,
  principal: Principal,
  shareId: string,
): Promise<{ ownerName: string; items: ItemRow[] }> {
  const shares = await listInstitutionShares(env, principal);
  const share = shares.find((s) => s.id === shareId);
  if (!share) throw new DomainError('not-found', 'No share with this id for your institution');
  const ids = share.collection_id ? await collectionItemIds(env.db, share.owner_id, share.collection_id) : share.item_ids;
  const items = await findItems(env.db, share.owner_id, ids);
  const institutionId = share.institution_id;
  const names = await institutionNames(env.db, institutionId ? [institutionId] : []);
  await recordAccess(env.db, {
    ownerId: share.owner_id,
    kind: 'institution-read',
    shareId: share.id,
    institutionId,
    institutionName: institutionId ? (names.get(institutionId) ?? null) : null,
    itemCount: items.length,
  });
  return { ownerName: share.display_name, items };
}
