import { importRejected, tablesOf, type AnyDb, type RowError } from '../../platform/index.js';
import type { ImportBatch } from '../import/read-file.js';
import { refreshUnits } from './derived.js';
import { contentHash, markLifecycle, normalise, toColumns, toContent, writeContent, writePending } from './items.js';
import type { CatalogTables } from './tables.js';

/** What an import did to one kind of item. */
export interface ImportCounts {
  created: number;
  updated: number;
  published: number;
  unchanged: number;
}

const CHUNK = 500;

/** The institution's local units and programmes by code (for references in a file). */
export async function existingCodes(handle: AnyDb, institutionId: string) {
  const d = tablesOf<CatalogTables>(handle);
  const [units, programmes] = await Promise.all([
    d
      .selectFrom('catalog_units')
      .select(['id', 'code', 'kind'])
      .where('institution_id', '=', institutionId)
      .where('source_id', 'is', null)
      .execute(),
    d
      .selectFrom('catalog_programmes')
      .select(['id', 'code'])
      .where('institution_id', '=', institutionId)
      .where('source_id', 'is', null)
      .execute(),
  ]);
  return {
    units: new Map(units.map((u) => [u.code, { id: u.id, kind: u.kind }])),
    programmes: new Map(programmes.map((p) => [p.code, p.id])),
  };
}

/**
 * Writes a checked file: creates what is new, changes what differs (drafts in place; published items
 * as pending changes, or as a new version when `publish`), leaves identical items alone, so that the
 * same file twice changes nothing. Returns the counts, or rejects the file (nothing written) when it
 * would change a retired item.
 */
export async function writeImport(
  trx: AnyDb,
  institutionId: string,
  batch: ImportBatch,
  options: { publish: boolean; actor: { actorType: string; actorId: string | null } },
): Promise<{ units: ImportCounts; offerings: ImportCounts }> {
  const d = tablesOf<CatalogTables>(trx);
  const codes = await existingCodes(trx, institutionId);
  const unitCounts: ImportCounts = { created: 0, updated: 0, published: 0, unchanged: 0 };
  const offeringCounts: ImportCounts = { created: 0, updated: 0, published: 0, unchanged: 0 };
  const rejected: RowError[] = [];
  const toPublish = { units: [] as string[], offerings: [] as string[] };
  const touched = new Set<string>();
  const unitIds = new Map<string, string>([...codes.units].map(([code, u]) => [code, u.id]));

  const unitCodes = batch.units.map((u) => String(u.content['code']));
  const existingUnits = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < unitCodes.length; i += CHUNK) {
    const rows = await d
      .selectFrom('catalog_units')
      .selectAll()
      .where('institution_id', '=', institutionId)
      .where('source_id', 'is', null)
      .where('code', 'in', unitCodes.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) existingUnits.set(r.code, r);
  }

  // Courses first, so that components can name them by id.
  const ordered = [...batch.units].sort(
    (a, b) => Number(a.content['kind'] === 'learning_component') - Number(b.content['kind'] === 'learning_component'),
  );
  for (const group of [
    ordered.filter((u) => u.content['kind'] !== 'learning_component'),
    ordered.filter((u) => u.content['kind'] === 'learning_component'),
  ]) {
    const inserts: Array<Record<string, unknown>> = [];
    for (const unit of group) {
      const code = String(unit.content['code']);
      const content = normalise('units', {
        ...unit.content,
        parentUnitId: unit.parentCode ? (unitIds.get(unit.parentCode) ?? null) : null,
        programmeId: unit.programmeCode ? (codes.programmes.get(unit.programmeCode) ?? null) : null,
      });
      const row = existingUnits.get(code);
      if (!row) {
        inserts.push({ institution_id: institutionId, ...toColumns('units', content), content_hash: contentHash('units', content) });
        continue;
      }
      const id = String(row['id']);
      const status = row['status'] as string;
      const pending = row['pending'] as Record<string, unknown> | null;
      const working = pending ?? toContent('units', row);
      const same = contentHash('units', working) === contentHash('units', content);
      if (status === 'retired') {
        if (!same)
          rejected.push({
            row: unit.row,
            field: unit.prefix ? `${unit.prefix}primaryCode` : 'code',
            code: 'conflict',
            message: 'is retired; give the unit a new code',
            params: { value: code },
          });
        else unitCounts.unchanged += 1;
        continue;
      }
      if (same && !(options.publish && (status === 'draft' || pending))) {
        unitCounts.unchanged += 1;
        continue;
      }
      if (!same) {
        if (status === 'draft' || options.publish) await writeContent(trx, 'units', id, content);
        else await writePending(trx, 'units', id, content);
        unitCounts.updated += 1;
      } else if (pending) {
        await writeContent(trx, 'units', id, content);
      }
      if (options.publish) toPublish.units.push(id);
      touched.add(id);
    }
    for (let i = 0; i < inserts.length; i += CHUNK) {
      const created = await d
        .insertInto('catalog_units')
        .values(inserts.slice(i, i + CHUNK) as never)
        .returning(['id', 'code'])
        .execute();
      for (const c of created) {
        unitIds.set(c.code, c.id);
        touched.add(c.id);
        if (options.publish) toPublish.units.push(c.id);
      }
      unitCounts.created += created.length;
    }
  }
  if (rejected.length > 0) throw importRejected(rejected, batch.rowCount);

  const offeringCodes = batch.offerings.map((o) => String(o.content['code']));
  const existingOfferings = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < offeringCodes.length; i += CHUNK) {
    const rows = await d
      .selectFrom('catalog_offerings')
      .selectAll()
      .where('institution_id', '=', institutionId)
      .where('source_id', 'is', null)
      .where('code', 'in', offeringCodes.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) existingOfferings.set(r.code, r);
  }
  const offeringInserts: Array<Record<string, unknown>> = [];
  for (const offering of batch.offerings) {
    const unitId = unitIds.get(offering.unitCode) ?? null;
    const content = normalise('offerings', { ...offering.content, unitId, programmeId: null, sessionId: null });
    const row = existingOfferings.get(String(content['code']));
    if (!row) {
      offeringInserts.push({
        institution_id: institutionId,
        ...toColumns('offerings', content),
        content_hash: contentHash('offerings', content),
      });
      continue;
    }
    const id = String(row['id']);
    const status = row['status'] as string;
    const pending = row['pending'] as Record<string, unknown> | null;
    const working = pending ?? toContent('offerings', row);
    const same = contentHash('offerings', working) === contentHash('offerings', { ...content, sessionId: working['sessionId'] ?? null });
    if (status === 'retired' || (same && !(options.publish && (status === 'draft' || pending)))) {
      offeringCounts.unchanged += 1;
      continue;
    }
    if (!same) {
      const merged = { ...content, sessionId: working['sessionId'] ?? null };
      if (status === 'draft' || options.publish) await writeContent(trx, 'offerings', id, merged);
      else await writePending(trx, 'offerings', id, merged);
      offeringCounts.updated += 1;
    } else if (pending) {
      await writeContent(trx, 'offerings', id, pending);
    }
    if (options.publish) toPublish.offerings.push(id);
    if (unitId) touched.add(unitId);
  }
  for (let i = 0; i < offeringInserts.length; i += CHUNK) {
    const created = await d
      .insertInto('catalog_offerings')
      .values(offeringInserts.slice(i, i + CHUNK) as never)
      .returning(['id', 'unit_id'])
      .execute();
    for (const c of created) {
      if (options.publish) toPublish.offerings.push(c.id);
      if (c.unit_id) touched.add(c.unit_id);
    }
    offeringCounts.created += created.length;
  }

  for (let i = 0; i < toPublish.units.length; i += CHUNK) {
    await markLifecycle(trx, 'units', toPublish.units.slice(i, i + CHUNK), { status: 'published', ...options.actor });
  }
  for (let i = 0; i < toPublish.offerings.length; i += CHUNK) {
    await markLifecycle(trx, 'offerings', toPublish.offerings.slice(i, i + CHUNK), { status: 'published', ...options.actor });
  }
  unitCounts.published = toPublish.units.length;
  offeringCounts.published = toPublish.offerings.length;
  await refreshUnits(trx, [...touched]);
  return { units: unitCounts, offerings: offeringCounts };
}
