import { PassThrough, type Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { dossierJsonLd, type ExportFile, type ExportItem } from './domain/json-ld.js';
import type { DossierEnv } from './env.js';
import { collectionItemIds } from './store/collections.js';
import { allFiles, type FileRow } from './store/files.js';
import { allItems, findItems, type ItemRow } from './store/items.js';

function exportItem(row: ItemRow): ExportItem {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    details: row.details,
    provenance: row.provenance,
    institution: row.institution_code && row.institution_name ? { code: row.institution_code, name: row.institution_name } : null,
    verdict: row.verdict,
    verifiedAt: row.verified_at?.toISOString() ?? null,
    credential: row.credential,
    fileIds: row.file_ids,
    datedAt: row.dated_at.toISOString(),
  };
}

function filePath(file: FileRow): string {
  return `files/${file.id}-${file.name.replace(/[^\p{L}\p{N}._ -]/gu, '_')}`;
}

function exportFile(file: FileRow): ExportFile {
  return { id: file.id, name: file.name, mediaType: file.media_type, size: file.size, sha256: file.sha256, path: filePath(file) };
}

/** The items (all, or one collection's) and files of a dossier. */
export async function dossierContents(
  env: DossierEnv,
  ownerId: string,
  collectionId?: string,
): Promise<{ items: ItemRow[]; files: FileRow[] }> {
  const items = collectionId
    ? await findItems(env.db, ownerId, await collectionItemIds(env.db, ownerId, collectionId))
    : await allItems(env.db, ownerId);
  const files = await allFiles(env.db, ownerId);
  if (!collectionId) return { items, files };
  const used = new Set(items.flatMap((i) => i.file_ids));
  return { items, files: files.filter((f) => used.has(f.id)) };
}

/** The dossier as one JSON-LD document (European Learning Model terms where they fit). */
export async function exportJsonLd(env: DossierEnv, owner: { id: string; name: string }): Promise<Record<string, unknown>> {
  const { items, files } = await dossierContents(env, owner.id);
  return dossierJsonLd({
    base: `${env.publicUrl}/dossier/${owner.id}`,
    ownerName: owner.name,
    exportedAt: new Date().toISOString(),
    items: items.map(exportItem),
    files: files.map(exportFile),
  });
}

/**
 * The dossier as a zip: `dossier.jsonld` plus every file. Streamed: each file is read from storage
 * only when the zip writer reaches it, so memory stays bounded whatever the dossier's size.
 */
export async function exportZip(env: DossierEnv, owner: { id: string; name: string }): Promise<Readable> {
  const document = await exportJsonLd(env, owner);
  const files = await allFiles(env.db, owner.id);
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(JSON.stringify(document, null, 2)), 'dossier.jsonld', { compress: true });
  for (const file of files) {
    // Already-compressed formats are stored, not deflated again.
    const compress = file.media_type.startsWith('text/');
    zip.addReadStreamLazy(filePath(file), { compress, size: file.size }, (callback) => callback(null, env.storage.open(file.storage_key)));
  }
  zip.end();
  const out = new PassThrough();
  zip.outputStream.on('error', (error: Error) => out.destroy(error)).pipe(out);
  return out;
}
