import { DomainError } from '../platform/index.js';
import { dateTimeStamp } from './domain/credential.js';
import { urls, type CredentialsEnv } from './env.js';
import { keyById } from './keyring.js';
import { encodeStatusList, statusListCredential } from './signing/status-list.js';
import { findStatusList, setIndices, storedListDocument, storeListDocument } from './store/status-lists.js';

/**
 * The signed BitstringStatusListCredential of one list and purpose at its stable URL. It is signed
 * again only when the list changed since the stored copy, by the key generation that owns the list
 * (so its issuer is the issuer of every credential on it).
 */
export async function publishedStatusList(
  env: CredentialsEnv,
  listId: string,
  purpose: 'revocation' | 'suspension',
): Promise<Record<string, unknown>> {
  const list = await findStatusList(env.db, listId);
  if (!list) throw new DomainError('not-found', 'No status list with this id');
  const stored = await storedListDocument(env.db, listId, purpose);
  if (stored && stored.version >= list.version) return stored.document;
  const key = await keyById(env, env.db, list.key_id);
  const unsigned = statusListCredential({
    url: `${urls.statusList(env, listId)}/${purpose}`,
    issuer: key.controller,
    purpose,
    encodedList: encodeStatusList(await setIndices(env.db, listId, purpose), list.size),
    validFrom: dateTimeStamp(new Date()),
  });
  const signed = await env.pool.run<Record<string, unknown>>({ kind: 'sign', credential: unsigned, key });
  await storeListDocument(env.db, { listId, purpose, version: list.version, document: signed });
  return signed;
}
