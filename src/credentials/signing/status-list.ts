import { gunzipSync, gzipSync } from 'node:zlib';

/*
 * W3C Bitstring Status List: a GZIP-compressed bitstring, multibase base64url ('u' prefix); bit 0 is
 * the left-most bit of the first byte. Lists hold 131,072 entries (16 KiB), the minimum the
 * specification sets for herd privacy.
 */

export const STATUS_LIST_SIZE = 131_072;
/** Decoded lists larger than this are refused (a gzip bomb in a foreign list must not exhaust memory). */
const MAX_DECODED_BYTES = 1024 * 1024;

/** Encodes the set bits as an `encodedList`. */
export function encodeStatusList(setIndices: Iterable<number>, size = STATUS_LIST_SIZE): string {
  const bytes = new Uint8Array(size / 8);
  for (const index of setIndices) {
    if (index < 0 || index >= size) continue;
    bytes[index >> 3] = (bytes[index >> 3] ?? 0) | (0x80 >> (index & 7));
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

/** Decodes an `encodedList`; throws on a malformed or oversized list. */
export function decodeStatusList(encoded: string): Uint8Array {
  if (!encoded.startsWith('u')) throw new Error('encodedList must be multibase base64url (u…)');
  return new Uint8Array(gunzipSync(Buffer.from(encoded.slice(1), 'base64url'), { maxOutputLength: MAX_DECODED_BYTES }));
}

/** The bit at `index` (false when outside the list). */
export function statusBit(bits: Uint8Array, index: number): boolean {
  const byte = bits[index >> 3];
  return byte !== undefined && (byte & (0x80 >> (index & 7))) !== 0;
}

/** The unsigned BitstringStatusListCredential of one list and purpose. */
export function statusListCredential(input: {
  readonly url: string;
  readonly issuer: string;
  readonly purpose: 'revocation' | 'suspension';
  readonly encodedList: string;
  readonly validFrom: string;
}): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: input.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer,
    validFrom: input.validFrom,
    credentialSubject: {
      id: `${input.url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: input.purpose,
      encodedList: input.encodedList,
    },
  };
}
