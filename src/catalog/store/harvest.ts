import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import { refreshUnits } from './derived.js';
import { contentHash, markLifecycle, normalise, toColumns, writeContent } from './items.js';
import type { CatalogTables } from './tables.js';

/** A unit read from a source, mapped to our content; its course (for a component) by remote id. */
export interface HarvestedUnit {
  readonly remoteId: string;
  readonly institutionId: string;
  readonly content: Record<string, unknown>;
  readonly parentRemoteId: string | null;
  readonly retired: boolean;
}

/** An offering read from a source; its unit by remote id. */
export interface HarvestedOffering {
  readonly remoteId: string;
  readonly institutionId: string;
  readonly unitRemoteId: string;
  readonly content: Record<string, unknown>;
  readonly retired: boolean;
}

/** What one harvest changed. */
export interface HarvestCounts {
  unitsCreated: number;
  unitsUpdated: number;
  unitsRetired: number;
  unitsUnchanged: number;
  offeringsCreated: number;
  offeringsUpdated: number;
  offeringsRetired: number;
  offeringsUnchanged: number;
  offeringsWithoutUnit: number;
}

const CHUNK = 500;
const harvester = { actorType: 'system', actorId: null, action: 'harvested' } as const;

async function existing(trx: AnyDb, table: 'catalog_units' | 'catalog_offerings', sourceId: string) {
  const rows = await tablesOf<CatalogTables>(trx)
    .selectFrom(table)
    .select(['id', 'remote_id', 'content_hash', 'status'])
    .where('source_id', '=', sourceId)
    .execute();
  return new Map(rows.map((r) => [r.remote_id ?? '', r]));
}

/**
 * Writes what a harvest read, in one transaction: new items are created, changed ones get a new
 * version, identical ones are left alone. In a full harvest, items the source no longer lists are
 * retired; in an incremental one only those it reports as ended.
 */
export async function writeHarvest(
  trx: AnyDb,
  sourceId: string,
  read: { units: HarvestedUnit[]; offerings: HarvestedOffering[]; full: boolean; keep: ReadonlySet<string> },
): Promise<HarvestCounts> {
  const d = tablesOf<CatalogTables>(trx);
  const counts: HarvestCounts = {
    unitsCreated: 0,
    unitsUpdated: 0,
    unitsRetired: 0,
    unitsUnchanged: 0,
    offeringsCreated: 0,
    offeringsUpdated: 0,
    offeringsRetired: 0,
    offeringsUnchanged: 0,
    offeringsWithoutUnit: 0,
  };
  const touched = new Set<string>();
  const units = await existing(trx, 'catalog_units', sourceId);
  const localId = new Map<string, string>([...units].map(([remote, row]) => [remote, row.id]));
  const publish = { units: [] as string[], offerings: [] as string[] };
  const retire = { units: [] as string[], offerings: [] as string[] };

  const courses = read.units.filter((u) => u.content['kind'] !== 'learning_component');
  const components = read.units.filter((u) => u.content['kind'] === 'learning_component');
  for (const group of [courses, components]) {
    const inserts: Array<Record<string, unknown>> = [];
    for (const unit of group) {
      const row = units.get(unit.remoteId);
      if (unit.retired) {
        if (row?.status === 'published') retire.units.push(row.id);
        continue;
      }
      const content = normalise('units', {
        ...unit.content,
        parentUnitId: unit.parentRemoteId ? (localId.get(unit.parentRemoteId) ?? null) : null,
        programmeId: null,
      });
      const hash = contentHash('units', content);
      if (!row) {
        inserts.push({
          institution_id: unit.institutionId,
          source_id: sourceId,
          remote_id: unit.remoteId,
          ...toColumns('units', content),
          content_hash: hash,
        });
        continue;
      }
      if (row.content_hash === hash && row.status === 'published') {
        counts.unitsUnchanged += 1;
        continue;
      }
      if (row.content_hash !== hash) await writeContent(trx, 'units', row.id, content);
      publish.units.push(row.id);
      counts.unitsUpdated += 1;
    }
    for (let i = 0; i < inserts.length; i += CHUNK) {
      const created = await d
        .insertInto('catalog_units')
        .values(inserts.slice(i, i + CHUNK) as never)
        .returning(['id', 'remote_id'])
        .execute();
      for (const c of created) {
        localId.set(c.remote_id ?? '', c.id);
        publish.units.push(c.id);
      }
      counts.unitsCreated += created.length;
    }
  }
  if (read.full) {
    const seen = new Set(read.units.map((u) => u.remoteId));
    for (const [remote, row] of units)
      if (row.status === 'published' && !seen.has(remote) && !read.keep.has(remote)) retire.units.push(row.id);
  }

  const offerings = await existing(trx, 'catalog_offerings', sourceId);
  const offeringInserts: Array<Record<string, unknown>> = [];
  for (const offering of read.offerings) {
    const row = offerings.get(offering.remoteId);
    if (offering.retired) {
      if (row?.status === 'published') retire.offerings.push(row.id);
      continue;
    }
    const unitId = localId.get(offering.unitRemoteId);
    if (!unitId) {
      counts.offeringsWithoutUnit += 1;
      continue;
    }
    const content = normalise('offerings', { ...offering.content, unitId, programmeId: null, sessionId: null });
    const hash = contentHash('offerings', content);
    touched.add(unitId);
    if (!row) {
      offeringInserts.push({
        institution_id: offering.institutionId,
        source_id: sourceId,
        remote_id: offering.remoteId,
        ...toColumns('offerings', content),
        content_hash: hash,
      });
      continue;
    }
    if (row.content_hash === hash && row.status === 'published') {
      counts.offeringsUnchanged += 1;
      continue;
    }
    if (row.content_hash !== hash) await writeContent(trx, 'offerings', row.id, content);
    publish.offerings.push(row.id);
    counts.offeringsUpdated += 1;
  }
  for (let i = 0; i < offeringInserts.length; i += CHUNK) {
    const created = await d
      .insertInto('catalog_offerings')
      .values(offeringInserts.slice(i, i + CHUNK) as never)
      .returning('id')
      .execute();
    publish.offerings.push(...created.map((c) => c.id));
    counts.offeringsCreated += created.length;
  }
  if (read.full) {
    const seen = new Set(read.offerings.map((o) => o.remoteId));
    for (const [remote, row] of offerings)
      if (row.status === 'published' && !seen.has(remote) && !read.keep.has(remote)) retire.offerings.push(row.id);
  }

  for (let i = 0; i < publish.units.length; i += CHUNK)
    await markLifecycle(trx, 'units', publish.units.slice(i, i + CHUNK), { status: 'published', ...harvester });
  for (let i = 0; i < publish.offerings.length; i += CHUNK) {
    await markLifecycle(trx, 'offerings', publish.offerings.slice(i, i + CHUNK), { status: 'published', ...harvester });
  }
  // A retired unit takes its offerings along, as it does for local units.
  if (retire.units.length > 0) {
    const dependent = await d
      .selectFrom('catalog_offerings')
      .select('id')
      .where('unit_id', 'in', retire.units)
      .where('status', '=', 'published')
      .execute();
    retire.offerings.push(...dependent.map((o) => o.id));
  }
  const retiredOfferings = [...new Set(retire.offerings)];
  for (let i = 0; i < retire.units.length; i += CHUNK)
    await markLifecycle(trx, 'units', retire.units.slice(i, i + CHUNK), { status: 'retired', ...harvester });
  for (let i = 0; i < retiredOfferings.length; i += CHUNK) {
    await markLifecycle(trx, 'offerings', retiredOfferings.slice(i, i + CHUNK), { status: 'retired', ...harvester });
  }
  counts.unitsRetired = retire.units.length;
  counts.offeringsRetired = retiredOfferings.length;
  if (retiredOfferings.length > 0) {
    const parents = await d.selectFrom('catalog_offerings').select('unit_id').where('id', 'in', retiredOfferings).execute();
    for (const p of parents) if (p.unit_id) touched.add(p.unit_id);
  }
  for (const id of [...publish.units, ...retire.units]) touched.add(id);
  await refreshUnits(trx, [...touched]);
  return counts;
}

/** The harvest sources, with their state. */
export function listSources(handle: AnyDb) {
  return tablesOf<CatalogTables>(handle).selectFrom('catalog_sources').selectAll().orderBy('name').orderBy('id').execute();
}

export function findSource(handle: AnyDb, id: string) {
  return tablesOf<CatalogTables>(handle).selectFrom('catalog_sources').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The latest runs of a source, newest first. */
export function runsOf(handle: AnyDb, sourceId: string) {
  return tablesOf<CatalogTables>(handle)
    .selectFrom('catalog_harvest_runs')
    .selectAll()
    .where('source_id', '=', sourceId)
    .orderBy('started_at', 'desc')
    .limit(20)
    .execute();
}

/** Records the outcome of a run on the source and in its history. */
export async function recordRun(
  trx: AnyDb,
  sourceId: string,
  run: {
    startedAt: Date;
    mode: 'full' | 'incremental';
    outcome: 'ok' | 'failed';
    errorCode?: string;
    error?: string;
    counts?: Record<string, number>;
    watermark?: Date;
  },
): Promise<void> {
  const d = tablesOf<CatalogTables>(trx);
  await d
    .insertInto('catalog_harvest_runs')
    .values({
      source_id: sourceId,
      started_at: run.startedAt,
      finished_at: new Date(),
      mode: run.mode,
      outcome: run.outcome,
      error_code: run.errorCode ?? null,
      error: run.error?.slice(0, 1000) ?? null,
      counts: JSON.stringify(run.counts ?? {}),
    })
    .execute();
  if (run.outcome === 'ok') {
    await d
      .updateTable('catalog_sources')
      .set({
        status: 'ok',
        last_attempt_at: run.startedAt,
        last_success_at: run.startedAt,
        last_error_code: null,
        last_error: null,
        ...(run.watermark ? { watermark: run.watermark } : {}),
        item_count: sql<number>`(select count(*) from catalog_units where source_id = ${sourceId} and status = 'published')`,
      })
      .where('id', '=', sourceId)
      .execute();
  } else {
    await d
      .updateTable('catalog_sources')
      .set({
        status: 'failed',
        last_attempt_at: run.startedAt,
        last_error_code: run.errorCode ?? 'failed',
        last_error: run.error?.slice(0, 1000) ?? null,
      })
      .where('id', '=', sourceId)
      .execute();
  }
}
