import { DomainError } from '../platform/index.js';
import type { DossierEnv } from './env.js';
import { findLiveShare, sharedItemIds } from './open-share.js';
import { recordAccess } from './store/access-log.js';
import { findFile, type FileRow } from './store/files.js';
import { findItems } from './store/items.js';

/**
 * The recipient of a share downloads an evidence file of one of the shared items: only while the link
 * may be opened, only files attached to a shared item (any other id is simply not found), and every
 * download lands in the learner's access log.
 */
export async function downloadSharedFile(options: {
  readonly env: DossierEnv;
  readonly token: string;
  readonly fileId: string;
  readonly now?: Date;
}): Promise<FileRow> {
  const { env } = options;
  const share = await findLiveShare(env, options.token, options.now ?? new Date());
  const items = await findItems(env.db, share.owner_id, await sharedItemIds(env, share));
  const file = items.some((i) => i.file_ids.includes(options.fileId)) ? await findFile(env.db, share.owner_id, options.fileId) : undefined;
  if (!file) throw new DomainError('not-found', 'No file with this id in what is shared under this link');
  await recordAccess(env.db, {
    ownerId: share.owner_id,
    kind: 'share-file',
    shareId: share.id,
    recipientName: share.recipient_name,
    itemCount: 1,
  });
  return file;
}
