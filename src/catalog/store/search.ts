import { sql, type RawBuilder } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import { PRICE_BUCKETS, SBU_BUCKETS } from '../domain/codes.js';
import { asList, effectiveSort, FACETS, type Facet, type SearchQuery } from '../domain/search.js';
import type { CatalogTables } from './tables.js';

/*
 * Learner search over the search table (one row per published unit, local and harvested): Dutch full
 * text, filters that combine with AND (values of one filter with OR), and facet counts. A facet
 * whose filter is active is counted over the results of every other filter (so that its other
 * values stay visible with their counts); all other facets over the full result. One statement.
 */

/** One search result. */
export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly summary: string | null;
  readonly kind: string;
  readonly institutionId: string;
  readonly institutionName: string;
  readonly harvested: boolean;
  readonly sbu: number;
  readonly niveau: number | null;
  readonly domain: string | null;
  readonly crebo: string | null;
  readonly qualificationTitle: string | null;
  readonly electiveCode: string | null;
  readonly electiveTitle: string | null;
  readonly modes: string[];
  readonly provinces: string[];
  readonly nextStart: string | null;
  readonly flexible: boolean;
  readonly minPriceCents: number | null;
  readonly standalone: boolean;
  readonly leadsTo: string | null;
  readonly offeringCount: number;
}

/** One value of a facet with the number of results that have it. */
export interface FacetValue {
  readonly value: string;
  readonly label: string | null;
  readonly count: number;
}

/** A page of results with the total and the facets. */
export interface SearchResult {
  readonly total: number;
  readonly items: SearchHit[];
  readonly facets: Record<Facet, FacetValue[]>;
}

type Condition = RawBuilder<unknown>;

const bucketCondition = (
  column: Condition,
  buckets: ReadonlyArray<{ key: string; min: number; max: number | null }>,
  keys: string[],
  inclusive: boolean,
) =>
  sql`(${sql.join(
    buckets
      .filter((b) => keys.includes(b.key))
      .map((b) =>
        b.max === null
          ? sql`${column} >= ${b.min}`
          : inclusive
            ? sql`(${column} >= ${b.min} and ${column} <= ${b.max})`
            : sql`(${column} >= ${b.min} and ${column} < ${b.max})`,
      ),
    sql` or `,
  )})`;

/** The filter of each facet that has one active, keyed by facet. */
function facetConditions(query: SearchQuery): Partial<Record<Facet, Condition>> {
  const out: Partial<Record<Facet, Condition>> = {};
  const niveau = asList(query.niveau);
  if (niveau.length) out.niveau = sql`niveau = any(${niveau}::int[])`;
  const domain = asList(query.domain);
  if (domain.length) out.domain = sql`domain = any(${domain}::text[])`;
  const qualification = asList(query.qualification);
  if (qualification.length) out.qualification = sql`crebo = any(${qualification}::text[])`;
  const elective = asList(query.elective);
  if (elective.length) out.elective = sql`elective_code = any(${elective}::text[])`;
  const leerweg = asList(query.leerweg);
  if (leerweg.length) out.leerweg = sql`leerwegen && ${leerweg}::text[]`;
  const province = asList(query.province);
  if (province.length) out.province = sql`provinces && ${province}::text[]`;
  const location = asList(query.location);
  if (location.length) out.location = sql`location_codes && ${location}::text[]`;
  const intake = asList(query.intake);
  if (intake.length) {
    const parts: Condition[] = [];
    if (intake.includes('flexible')) parts.push(sql`flexible`);
    if (intake.includes('fixed')) parts.push(sql`cardinality(start_dates) > 0`);
    out.intake = sql`(${sql.join(parts, sql` or `)})`;
  }
  const mode = asList(query.mode);
  if (mode.length) out.mode = sql`modes && ${mode}::text[]`;
  const price = asList(query.price);
  if (price.length) out.price = bucketCondition(sql`min_price_cents`, PRICE_BUCKETS, price, false);
  const load = asList(query.load);
  if (load.length) out.load = bucketCondition(sql`sbu`, SBU_BUCKETS, load, true);
  const institution = asList(query.institution);
  if (institution.length) out.institution = sql`institution_id = any(${institution}::uuid[])`;
  return out;
}

/** Filters that are no postings: the words and the start window. */
function rowOnlyConditions(query: SearchQuery): Condition[] {
  const out: Condition[] = [];
  if (query.q)
    out.push(sql`unit_id in (select t.unit_id from catalog_search_text t where t.document @@ websearch_to_tsquery('dutch', ${query.q}))`);
  if (query.startFrom || query.startTo) {
    const inWindow = sql`exists (select 1 from unnest(start_dates) as d where d >= ${query.startFrom ?? '0001-01-01'}::date and d <= ${query.startTo ?? '9999-12-31'}::date)`;
    out.push(asList(query.intake).includes('flexible') ? sql`(${inWindow} or flexible)` : inWindow);
  }
  return out;
}

/** Filters that are not facets: the words, the start window and the adult view. */
function otherConditions(query: SearchQuery): Condition[] {
  const out = rowOnlyConditions(query);
  if (query.adult === 'true') out.push(sql`standalone and leads_to is not null`);
  return out;
}

/**
 * Labels of the facets whose values name a row of a reference table (qualification by crebo,
 * elective by code, institution by id): joined once per search on the value as text, so the
 * reference tables are read once rather than once per facet value.
 */
const facetLabelJoins = sql`
  left join qualifications lq on fc.d = 'qualification' and lq.crebo = fc.v
  left join electives le on fc.d = 'elective' and le.code = fc.v
  left join institutions li on fc.d = 'institution' and li.id::text = fc.v`;

/** Facets with many values show only the most frequent ones. */
const facetTops: Partial<Record<Facet, number>> = { qualification: 30, elective: 30, location: 30, start: 18, institution: 30 };

/** The facet values a filter selects, as the posting keys of `catalog_search_keys` (see the migration). */
function postingKeys(query: SearchQuery): { keys: string[]; values: string[] } {
  const keys: string[] = [];
  const values: string[] = [];
  const add = (facet: string, selected: readonly (string | number)[]) => {
    for (const v of selected) {
      keys.push(facet);
      values.push(String(v));
    }
  };
  add('niveau', asList(query.niveau));
  add('domain', asList(query.domain));
  add('qualification', asList(query.qualification));
  add('elective', asList(query.elective));
  add('leerweg', asList(query.leerweg));
  add('province', asList(query.province));
  add('location', asList(query.location));
  add('intake', asList(query.intake));
  add('mode', asList(query.mode));
  add('price', asList(query.price));
  add('load', asList(query.load));
  add(
    'institution',
    asList(query.institution).map((v) => v.toLowerCase()),
  );
  if (query.adult === 'true') add('_adult', ['true']);
  return { keys, values };
}

/**
 * The one statement behind a search (also replayed directly by the benchmark). The result page comes
 * from the rows (indexes on the filter columns and on the sort orders); the total and the facet
 * counts from the posting bitmaps (`catalog_search_counts`): the bitmaps of a filter's values are
 * ORed, the filters ANDed, and each facet value counted with `bit_count` of its bitmap AND the
 * result. Words and the start window select rows whose positions become one more bitmap.
 */
export function searchStatement(query: SearchQuery): RawBuilder<{ result: SearchResult }> {
  const facets = facetConditions(query);
  const others = otherConditions(query);
  const all = [...others, ...Object.values(facets)];
  const where = (conditions: Condition[]) => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);
  const { keys, values } = postingKeys(query);
  // Words and the start window are no postings: the positions of the rows they select are.
  const rowConditions = rowOnlyConditions(query);
  const positions = rowConditions.length
    ? sql`(select coalesce(array_agg(pos), '{}') from catalog_search where ${where(rowConditions)})`
    : sql`null::integer[]`;
  const rank = query.q
    ? sql`(select ts_rank_cd(t.document, websearch_to_tsquery('dutch', ${query.q})) from catalog_search_text t where t.unit_id = s.unit_id)`
    : sql`0::real`;
  const sort = effectiveSort(query);
  const order =
    sort === 'relevance'
      ? sql`rank desc, s.unit_id`
      : sort === 'price'
        ? sql`s.min_price_cents asc nulls last, s.unit_id`
        : sql`s.next_start asc nulls last, s.flexible desc, s.unit_id`;
  const offset = (query.page - 1) * query.pageSize;
  return sql<{ result: SearchResult }>`
    with c as (select facet, value, n from catalog_search_counts(${keys}::text[], ${values}::text[], ${positions})),
    ranked as (select facet, value, n, row_number() over (partition by facet order by n desc, value) as k from c where facet <> '_total'),
    fc as (select r.facet as d, r.value as v, r.n from ranked r left join (values ${sql.join(
      Object.entries(facetTops).map(([f, top]) => sql`(${f}::text, ${top}::int)`),
    )}) as t(facet, top) on t.facet = r.facet where r.k <= coalesce(t.top, r.k)),
    p as (select s.unit_id, row_number() over () as o from (
      select s.unit_id, ${rank} as rank from catalog_search s where ${where(all)} order by ${order} limit ${query.pageSize} offset ${offset}) s)
    select json_build_object(
      'total', (select n from c where facet = '_total'),
      'items', (select coalesce(json_agg(json_build_object(
          'id', s.unit_id, 'title', t.title, 'summary', t.summary, 'kind', t.kind, 'institutionId', s.institution_id,
          'institutionName', t.institution_name, 'harvested', s.source_id is not null, 'sbu', s.sbu, 'niveau', s.niveau, 'domain', s.domain,
          'crebo', s.crebo, 'qualificationTitle', t.qualification_title, 'electiveCode', s.elective_code, 'electiveTitle', t.elective_title,
          'modes', s.modes, 'provinces', s.provinces, 'nextStart', s.next_start, 'flexible', s.flexible, 'minPriceCents', s.min_price_cents,
          'standalone', s.standalone, 'leadsTo', s.leads_to, 'offeringCount', s.offering_count) order by p.o), '[]'::json)
        from p join catalog_search s on s.unit_id = p.unit_id join catalog_search_text t on t.unit_id = p.unit_id),
      'facets', (select coalesce(json_agg(json_build_object('d', fc.d, 'v', fc.v, 'l', coalesce(lq.title, le.title, li.name), 'n', fc.n)),
        '[]'::json) from fc ${facetLabelJoins})
    ) as result`;
}

/**
 * Reclaims the old versions of the search postings that edits leave behind. PostgreSQL's autovacuum
 * does this on its own (the table asks for it early); the embedded PGlite has no autovacuum, so
 * without this a long-running instance would read ever more dead bitmap rows. Cannot run inside a
 * transaction.
 */
export async function vacuumSearchPostings(db: AnyDb): Promise<void> {
  await sql`vacuum (analyze) catalog_search_postings`.execute(db);
}

/** Runs a search. */
export async function search(db: AnyDb, query: SearchQuery): Promise<SearchResult> {
  const { rows } = await searchStatement(query).execute(db);
  const raw = rows[0]?.result as unknown as {
    total: number;
    items: SearchHit[];
    facets: Array<{ d: Facet; v: string; l: string | null; n: number }>;
  };
  const facets = Object.fromEntries(FACETS.map((f) => [f, [] as FacetValue[]])) as Record<Facet, FacetValue[]>;
  for (const f of raw.facets) facets[f.d].push({ value: f.v, label: f.l, count: f.n });
  await labelLocations(db, facets.location);
  for (const facet of FACETS) facets[facet].sort(facetOrder(facet));
  return { total: raw.total, items: raw.items, facets };
}

const canonical: Partial<Record<Facet, readonly string[]>> = {
  price: PRICE_BUCKETS.map((b) => b.key),
  load: SBU_BUCKETS.map((b) => b.key),
  intake: ['fixed', 'flexible'],
  mode: ['on_site', 'hybrid', 'online'],
  leerweg: ['BOL', 'BBL'],
};

/** Facets with a natural order keep it (levels, months, price ranges); the others show the most frequent first. */
function facetOrder(facet: Facet): (a: FacetValue, b: FacetValue) => number {
  const order = canonical[facet];
  if (order) return (a, b) => order.indexOf(a.value) - order.indexOf(b.value);
  if (facet === 'niveau' || facet === 'start') return (a, b) => a.value.localeCompare(b.value);
  return (a, b) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value, 'nl');
}

/** Location facet values get the location's name and city as label. */
async function labelLocations(db: AnyDb, values: FacetValue[]): Promise<void> {
  if (values.length === 0) return;
  const rows = await tablesOf<CatalogTables>(db)
    .selectFrom('institution_locations')
    .select(['code', 'name', 'city'])
    .where(
      'code',
      'in',
      values.map((v) => v.value),
    )
    .execute();
  const names = new Map(rows.map((r) => [r.code, `${r.name} (${r.city})`]));
  values.forEach((v, i) => (values[i] = { ...v, label: names.get(v.value) ?? null }));
}
