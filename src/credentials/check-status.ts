import type { Check } from './domain/verification.js';
import type { CredentialsEnv } from './env.js';
import { statusIndices, statusListSize } from './status-cache.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Checks the credential's BitstringStatusListEntry items. Lists of this platform are read from its
 * own records; a list elsewhere is not fetched (a verifier must not be made to call out), which is
 * reported as a warning.
 */
export async function checkStatus(env: CredentialsEnv, credential: Record<string, unknown>): Promise<Check> {
  const raw = credential['credentialStatus'];
  const entries = (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) as Array<Record<string, unknown>>;
  if (entries.length === 0) return { name: 'status', outcome: 'skipped', code: 'status.none' };
  const prefix = `${env.publicUrl}/credentials/status/`;
  let foreign = 0;
  for (const entry of entries) {
    if (!entry || typeof entry !== 'object' || entry['type'] !== 'BitstringStatusListEntry') {
      foreign += 1;
      continue;
    }
    const url = entry['statusListCredential'];
    const purpose = entry['statusPurpose'];
    const index = Number(entry['statusListIndex']);
    if (typeof url !== 'string' || !url.startsWith(prefix)) {
      foreign += 1;
      continue;
    }
    const [listId, listPurpose] = url.slice(prefix.length).split('/');
    if (!listId || !UUID.test(listId) || listPurpose !== purpose || (purpose !== 'revocation' && purpose !== 'suspension')) {
      return { name: 'status', outcome: 'failed', code: 'status.malformed', detail: 'the status entry does not match its list' };
    }
    const size = await statusListSize(env.db, listId);
    if (size === undefined || !Number.isInteger(index) || index < 0 || index >= size) {
      return { name: 'status', outcome: 'failed', code: 'status.unknown-list', detail: 'the status list or index does not exist' };
    }
    if ((await statusIndices(env.db, listId, purpose)).has(index)) {
      return { name: 'status', outcome: 'failed', code: purpose === 'revocation' ? 'status.revoked' : 'status.suspended' };
    }
  }
  if (foreign === entries.length)
    return { name: 'status', outcome: 'warning', code: 'status.not-checked', detail: 'status list kept elsewhere' };
  return { name: 'status', outcome: 'passed', code: 'status.ok' };
}
