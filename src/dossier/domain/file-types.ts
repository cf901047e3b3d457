/*
 * Which files a dossier accepts, by the type their bytes reveal (never by name or declared type
 * alone). Archive formats (zip and the office formats built on it) are opened and checked for bombs.
 */

/** Media types accepted into the dossier. */
export const acceptedMediaTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/plain',
] as const;

/** Types that are zip archives inside. */
export const zipBasedMediaTypes: ReadonlySet<string> = new Set([
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);

/** Types a browser may show inline (previews); everything else is downloaded. */
export const inlineMediaTypes: ReadonlySet<string> = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** Limits for archives: total unpacked size, entries, and the ratio of unpacked to packed bytes. */
export const archiveLimits = { maxUnpackedBytes: 200 * 1024 * 1024, maxEntries: 10_000, maxRatio: 100 } as const;

/** The declared type, without parameters, lower case. */
export function baseMediaType(value: string | undefined): string {
  return (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Whether a declared type agrees with the sniffed one. `application/octet-stream` declares nothing.
 * A zip-based office document may be declared as plain zip, not the other way round.
 */
export function declaredTypeAgrees(declared: string, sniffed: string): boolean {
  if (declared === '' || declared === 'application/octet-stream') return true;
  if (declared === sniffed) return true;
  if (declared === 'image/jpg' && sniffed === 'image/jpeg') return true;
  if (declared === 'application/zip' && zipBasedMediaTypes.has(sniffed)) return true;
  if (declared === 'application/x-zip-compressed' && sniffed === 'application/zip') return true;
  return false;
}

/** A safe file name for storage and headers: no paths, no control characters, at most 200 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (cleaned || 'bestand').slice(0, 200);
}
