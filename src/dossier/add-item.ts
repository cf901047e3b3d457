import { DomainError, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import { timelineDate, type SelfDeclarableKind } from './domain/items.js';
import type { DossierEnv } from './env.js';
import { ownedFileIds } from './store/files.js';
import { insertItem, type ItemRow } from './store/items.js';

/** The learner adds an item they declare themselves (a skill, work experience, a placement, a portfolio item, a diploma). */
export async function addItem(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly kind: SelfDeclarableKind;
  readonly title: string;
  readonly description: string | null;
  readonly details: Record<string, unknown>;
  readonly fileIds: readonly string[];
}): Promise<ItemRow> {
  const { env } = options;
  const person = requirePerson(options.principal);
  await requireOwnFiles(env, person.personId, options.fileIds);
  return env.db.transaction().execute(async (trx) => {
    const row = await insertItem(trx, {
      ownerId: person.personId,
      kind: options.kind,
      title: options.title,
      description: options.description,
      details: options.details,
      fileIds: [...new Set(options.fileIds)],
      provenance: 'self-declared',
      datedAt: timelineDate(options.kind, options.details, new Date()),
    });
    await recordAuditEvent(trx, {
      actor: person,
      action: 'dossier.item-added',
      subjectType: 'dossier-item',
      subjectId: row.id,
      dataSubjectPersonId: person.personId,
      requestId: options.requestId,
      details: { kind: options.kind },
    });
    return row;
  });
}

/** Refuses file ids that are not the learner's own files (as if they did not exist). */
export async function requireOwnFiles(env: DossierEnv, ownerId: string, fileIds: readonly string[]): Promise<void> {
  const owned = await ownedFileIds(env.db, ownerId, fileIds);
  const missing = fileIds.filter((id) => !owned.has(id));
  if (missing.length > 0) {
    throw new DomainError('validation-failed', 'Unknown file ids', {
      errors: missing.map((id) => ({ path: '/body/fileIds', code: 'unknown', message: `No file ${id}` })),
    });
  }
}
