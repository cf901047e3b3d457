import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import { checkStandard, standardRules, type Ruleset } from '../domain/standard.js';
import { toCourse, toLearningComponent, type UnitRow } from '../domain/oeapi-map.js';
import { unitsByIds } from './oeapi.js';
import type { CatalogTables } from './tables.js';

const CHUNK = 2000;

/** The advisory lock key that serialises writers of the search rows. */
const SEARCH_WRITE_LOCK = 0x63617473; // 'cats'

/** Rulesets that apply to units of these institutions: the sector's and each institution's own. */
export async function loadRulesets(handle: AnyDb, institutionIds: readonly string[]): Promise<Map<string | null, Ruleset[]>> {
  const d = tablesOf<CatalogTables>(handle);
  let query = d.selectFrom('catalog_rulesets').selectAll().where('scope', '=', 'sector');
  if (institutionIds.length > 0)
    query = d
      .selectFrom('catalog_rulesets')
      .selectAll()
      .where((eb) => eb.or([eb('scope', '=', 'sector'), eb('institution_id', 'in', [...institutionIds])]));
  const rows = await query.execute();
  const byInstitution = new Map<string | null, Ruleset[]>();
  for (const row of rows) {
    const parsed = standardRules.safeParse(row.rules);
    if (!parsed.success) continue;
    const ruleset: Ruleset = { id: row.id, scope: row.scope, name: row.name, version: row.version, rules: parsed.data };
    const key = row.scope === 'sector' ? null : row.institution_id;
    byInstitution.set(key, [...(byInstitution.get(key) ?? []), ruleset]);
  }
  return byInstitution;
}

/**
 * One writer of search rows at a time (until commit): the posting triggers update shared bitmap rows,
 * and two transactions doing so in different orders would deadlock. A transaction that removes search
 * rows by a cascade (a removed source) takes it before its first delete.
 */
export async function lockSearchWriters(trx: AnyDb): Promise<void> {
  await sql`select pg_advisory_xact_lock(${SEARCH_WRITE_LOCK}::bigint)`.execute(trx);
}

/**
 * Brings everything derived from units up to date for the given units: their standard findings and
 * their rows in the search table (published units only; others leave the search).
 */
export async function refreshUnits(trx: AnyDb, unitIds: readonly string[]): Promise<void> {
  const ids = [...new Set(unitIds)];
  for (let i = 0; i < ids.length; i += CHUNK) await refreshChunk(trx, ids.slice(i, i + CHUNK));
}

/** Recomputes only the standard findings of these units (after a ruleset changed). */
export async function recheckStandard(trx: AnyDb, unitIds: readonly string[]): Promise<void> {
  const ids = [...new Set(unitIds)];
  for (let i = 0; i < ids.length; i += CHUNK) await refreshChunk(trx, ids.slice(i, i + CHUNK), { search: false });
}

async function refreshChunk(trx: AnyDb, ids: string[], options: { search: boolean } = { search: true }): Promise<void> {
  if (ids.length === 0) return;
  const d = tablesOf<CatalogTables>(trx);
  const units = await d
    .selectFrom('catalog_units')
    .select([
      'id',
      'institution_id',
      'source_id',
      'sbu',
      'duration_weeks',
      'description',
      'learning_outcomes',
      'covers',
      'elective_code',
      'leads_to',
    ])
    .where('id', 'in', ids)
    .execute();
  const rulesets = await loadRulesets(trx, [...new Set(units.map((u) => u.institution_id))]);
  const sector = rulesets.get(null) ?? [];
  const issues = units.map((u) => {
    // Harvested units are checked against the sector's standard only: their own institution's rules live at the source.
    const applicable = u.source_id ? sector : [...sector, ...(rulesets.get(u.institution_id) ?? [])];
    return JSON.stringify(
      checkStandard(
        {
          sbu: u.sbu,
          durationWeeks: u.duration_weeks,
          description: u.description,
          learningOutcomes: u.learning_outcomes,
          covers: u.covers,
          electiveCode: u.elective_code,
          leadsTo: u.leads_to,
        },
        applicable,
      ),
    );
  });
  if (units.length > 0) {
    await sql`
      update catalog_units as u set standard_issues = v.issues::jsonb
      from (select unnest(${units.map((u) => u.id)}::uuid[]) as id, unnest(${issues}::text[]) as issues) as v
      where u.id = v.id and u.standard_issues is distinct from v.issues::jsonb`.execute(trx);
  }
  if (!options.search) return;
  await lockSearchWriters(trx);
  const positions = await searchPositions(trx, ids);
  await sql`delete from catalog_search where unit_id = any(${ids}::uuid[])`.execute(trx);
  await sql`delete from catalog_search_text where unit_id = any(${ids}::uuid[])`.execute(trx);
  // The deletion put the old positions on the free list; the units that stay take theirs back.
  await sql`delete from catalog_search_free_positions where pos = any(${positions.kept}::integer[])`.execute(trx);
  await sql`
    insert into catalog_search (unit_id, pos, institution_id, source_id, sbu, niveau, domain, crebo, elective_code, leerwegen, standalone,
      leads_to, modes, provinces, location_codes, start_dates, next_start, flexible, min_price_cents, offering_count)
    select u.id, np.pos, u.institution_id, u.source_id, u.sbu, coalesce(q.niveau, e.niveau), d.domain, u.crebo, u.elective_code, u.leerwegen,
      u.standalone, u.leads_to, coalesce(o.modes, '{}'), coalesce(o.provinces, '{}'), coalesce(o.locations, '{}'), coalesce(o.starts, '{}'),
      o.next_start, coalesce(o.flexible, false), o.min_price, coalesce(o.n, 0)
    from catalog_units u
    join unnest(${positions.ids}::uuid[], ${positions.positions}::integer[]) as np(id, pos) on np.id = u.id
    left join qualifications q on q.crebo = u.crebo
    left join qualification_dossiers d on d.id = q.dossier_id
    left join electives e on e.code = u.elective_code
    left join lateral (
      select array_agg(distinct o.mode) as modes,
        array_agg(distinct l.province) filter (where l.province is not null) as provinces,
        array_agg(distinct o.location_code) filter (where o.location_code is not null) as locations,
        array_agg(distinct o.start_date) filter (where o.start_date is not null) as starts,
        min(o.start_date) filter (where o.start_date >= current_date) as next_start,
        bool_or(o.intake = 'flexible') as flexible,
        min(o.price_cents) as min_price,
        count(*) as n
      from catalog_offerings o
      left join institution_locations l on l.code = o.location_code
      where o.unit_id = u.id and o.status = 'published'
    ) o on true
    where u.id = any(${ids}::uuid[]) and u.status = 'published'`.execute(trx);
  await sql`
    insert into catalog_search_text (unit_id, kind, code, title, summary, institution_name, qualification_title, elective_title, document)
    select u.id, u.kind, u.code, u.title, left(u.description, 300), i.name, q.title, e.title,
      setweight(to_tsvector('dutch', u.title), 'A')
        || setweight(to_tsvector('dutch', concat_ws(' ', q.title, e.title, d.domain, u.code, u.crebo, u.elective_code, i.name)), 'B')
        || setweight(to_tsvector('dutch', concat_ws(' ', u.description, array_to_string(u.learning_outcomes, ' '))), 'C')
    from catalog_units u
    join institutions i on i.id = u.institution_id
    left join qualifications q on q.crebo = u.crebo
    left join qualification_dossiers d on d.id = q.dossier_id
    left join electives e on e.code = u.elective_code
    where u.id = any(${ids}::uuid[]) and u.status = 'published'`.execute(trx);
  await writeDocuments(trx, ids, positions.ids);
}

/** Serialises the OEAPI documents of the published local units among these (see the migration 2026-11-25). */
async function writeDocuments(trx: AnyDb, ids: string[], published: string[]): Promise<void> {
  await sql`delete from catalog_oeapi_documents where unit_id = any(${ids}::uuid[])`.execute(trx);
  const units = await unitsByIds(trx, published);
  if (units.length === 0) return;
  const map = (row: UnitRow, consumer: boolean) =>
    JSON.stringify(row.kind === 'course' ? toCourse(row, consumer) : toLearningComponent(row, consumer));
  await sql`
    insert into catalog_oeapi_documents (unit_id, plain, mbo)
    select * from unnest(${units.map((u) => u.id)}::uuid[], ${units.map((u) => map(u, false))}::text[], ${units.map((u) => map(u, true))}::text[])`.execute(
    trx,
  );
}

/**
 * The search positions of those of these units that are published: a unit keeps the position it had,
 * others take a free one (of rows that left the search) or a new one. Call before the unit's old row
 * is deleted (its deletion frees the position; taking it back here removes it from the free list).
 */
async function searchPositions(trx: AnyDb, ids: string[]): Promise<{ ids: string[]; positions: number[]; kept: number[] }> {
  const { rows: published } = await sql<{ id: string; pos: number | null }>`
    select u.id, s.pos from catalog_units u left join catalog_search s on s.unit_id = u.id
    where u.id = any(${ids}::uuid[]) and u.status = 'published' order by u.id`.execute(trx);
  const kept = published.flatMap((r) => (r.pos === null ? [] : [r.pos]));
  const needed = published.length - kept.length;
  const fresh: number[] = [];
  if (needed > 0) {
    const { rows: free } = await sql<{ pos: number }>`
      delete from catalog_search_free_positions where pos in (
        select pos from catalog_search_free_positions where pos <> all(${kept}::integer[]) order by pos limit ${needed} for update skip locked)
      returning pos`.execute(trx);
    fresh.push(...free.map((r) => r.pos).sort((a, b) => a - b));
    if (fresh.length < needed) {
      const { rows: next } = await sql<{ pos: number }>`
        select nextval('catalog_search_pos_seq')::integer as pos from generate_series(1, ${needed - fresh.length})`.execute(trx);
      fresh.push(...next.map((r) => r.pos));
    }
  }
  let f = 0;
  return { ids: published.map((r) => r.id), positions: published.map((r) => r.pos ?? (fresh[f++] as number)), kept };
}

/** Units whose derived data depends on these offerings. */
export async function unitsOfOfferings(handle: AnyDb, offeringIds: readonly string[]): Promise<string[]> {
  if (offeringIds.length === 0) return [];
  const rows = await tablesOf<CatalogTables>(handle)
    .selectFrom('catalog_offerings')
    .select('unit_id')
    .where('id', 'in', [...offeringIds])
    .where('unit_id', 'is not', null)
    .execute();
  return rows.map((r) => r.unit_id).filter((id): id is string => id !== null);
}

/** Every unit id of an institution (or all), for a full recomputation after a ruleset changed. */
export async function unitIdsOf(handle: AnyDb, institutionId: string | null): Promise<string[]> {
  let query = tablesOf<CatalogTables>(handle).selectFrom('catalog_units').select('id');
  if (institutionId) query = query.where('institution_id', '=', institutionId);
  return (await query.execute()).map((r) => r.id);
}

/** Units whose next start date has passed: their search rows need the following start. */
export async function unitsWithPassedStart(handle: AnyDb): Promise<string[]> {
  const rows = await tablesOf<CatalogTables>(handle)
    .selectFrom('catalog_search')
    .select('unit_id')
    .where('next_start', '<', sql<string>`current_date`)
    .execute();
  return rows.map((r) => r.unit_id);
}

/**
 * Published local units without an OEAPI document (published before documents were kept, ADR 0051),
 * at most `limit`: the nightly job refreshes them, so that OEAPI lists stop mapping them on every request.
 */
export async function unitsWithoutDocument(handle: AnyDb, limit: number): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select u.id from catalog_units u
    where u.status = 'published' and u.source_id is null
      and not exists (select 1 from catalog_oeapi_documents d where d.unit_id = u.id)
    order by u.id limit ${limit}`.execute(handle);
  return rows.map((r) => r.id);
}
