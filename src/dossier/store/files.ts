import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { DossierDb } from './tables.js';

const t = (db: AnyDb) => tablesOf<DossierDb>(db);

export function findFile(db: AnyDb, ownerId: string, id: string) {
  return t(db).selectFrom('dossier_files').selectAll().where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
}

export type FileRow = NonNullable<Awaited<ReturnType<typeof findFile>>>;

export function allFiles(db: AnyDb, ownerId: string) {
  return t(db).selectFrom('dossier_files').selectAll().where('owner_id', '=', ownerId).orderBy('created_at').orderBy('id').execute();
}

/** The owner's files with these ids, in the order given (ids that are not the owner's files are left out). */
export async function filesInOrder(db: AnyDb, ownerId: string, ids: readonly string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  const rows = await t(db).selectFrom('dossier_files').selectAll().where('owner_id', '=', ownerId).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Which of the ids are files of the owner. */
export async function ownedFileIds(db: AnyDb, ownerId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await t(db).selectFrom('dossier_files').select('id').where('owner_id', '=', ownerId).where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export function insertFile(
  db: AnyDb,
  file: { id: string; ownerId: string; name: string; mediaType: string; size: number; sha256: string; storageKey: string },
) {
  return t(db)
    .insertInto('dossier_files')
    .values({
      id: file.id,
      owner_id: file.ownerId,
      name: file.name,
      media_type: file.mediaType,
      size: file.size,
      sha256: file.sha256,
      storage_key: file.storageKey,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
