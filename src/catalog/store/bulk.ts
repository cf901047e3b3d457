import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { GeneratedOffering, GeneratedUnit } from '../seed/national-generator.js';
import type { CatalogTables } from './tables.js';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 32);

/**
 * Inserts generated units and offerings as published items (for the national-scale seed): in
 * multi-row statements, skipping ids that exist, without version history (the seed is demo data).
 */
export async function insertPublished(
  trx: AnyDb,
  institutionIds: ReadonlyMap<string, string>,
  units: readonly GeneratedUnit[],
  offerings: readonly GeneratedOffering[],
): Promise<void> {
  const d = tablesOf<CatalogTables>(trx);
  const lifecycle = { status: 'published' as const, version: 1, published_at: sql<Date>`now()`, is_demo: true };
  for (let i = 0; i < units.length; i += 1000) {
    await d
      .insertInto('catalog_units')
      .values(
        units.slice(i, i + 1000).map((u) => ({
          id: u.id,
          institution_id: institutionIds.get(u.institutionCode) ?? '',
          code: u.code,
          kind: 'course' as const,
          title: u.title,
          description: u.description,
          sbu: u.sbu,
          duration_weeks: u.durationWeeks,
          learning_outcomes: u.learningOutcomes,
          crebo: u.crebo,
          elective_code: u.electiveCode,
          covers: u.covers,
          leerwegen: u.leerwegen,
          standalone: u.standalone,
          leads_to: u.leadsTo,
          content_hash: hash(u),
          ...lifecycle,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
  for (let i = 0; i < offerings.length; i += 1000) {
    await d
      .insertInto('catalog_offerings')
      .values(
        offerings.slice(i, i + 1000).map((o) => ({
          id: o.id,
          institution_id: institutionIds.get(o.institutionCode) ?? '',
          code: o.code,
          unit_id: o.unitId,
          intake: o.intake,
          start_date: o.startDate,
          end_date: o.endDate,
          mode: o.mode,
          location_code: o.locationCode,
          price_cents: o.priceCents,
          capacity: o.capacity,
          application_start: o.applicationStart,
          application_end: o.applicationEnd,
          content_hash: hash(o),
          ...lifecycle,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

/** Institution ids by RIO code. */
export async function institutionIdsByCode(handle: AnyDb): Promise<Map<string, string>> {
  const rows = await tablesOf<CatalogTables>(handle).selectFrom('institutions').select(['id', 'code']).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}
