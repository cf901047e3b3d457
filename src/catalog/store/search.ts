import { sql, type RawBuilder } from 'kysely';
import type { AnyDb } from '../../platform/index.js';
import { PRICE_BUCKETS, SBU_BUCKETS } from '../domain/codes.js';
import { asList, effectiveSort, FACETS, type Facet, type SearchQuery } from '../domain/search.js';
import { FacetIndex, type FacetCounts, type Selection } from './facet-index.js';

/*
 * Learner search over the search table (one row per published unit, local and harvested): Dutch full
 * text, filters that combine with AND (values of one filter with OR), and facet counts. A facet
 * whose filter is active is counted over the results of every other filter (so that its other
 * values stay visible with their counts); all other facets over the full result. The counts come
 * from the process's facet index (facet-index.ts); the page comes from two statements (its ids,
 * then its details with the labels not known yet).
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
  // One domain as an equality, so that the index on (domain, start order) yields a domain's rows in order.
  if (domain.length) out.domain = domain.length === 1 ? sql`domain = ${domain[0]}` : sql`domain = any(${domain}::text[])`;
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

/** Facets with many values show only the most frequent ones. */
const facetTops: Partial<Record<Facet, number>> = { qualification: 30, elective: 30, location: 30, start: 18, institution: 30 };

/** Facets whose values name a row of a reference table, and so get that row's name as label. */
const labelledFacets: ReadonlySet<Facet> = new Set(['qualification', 'elective', 'institution', 'location']);

/** The filters as the facet index knows them: the selected values per facet (see `catalog_search_keys` in the migration). */
function selections(query: SearchQuery): Selection[] {
  const out: Selection[] = [];
  const add = (facet: string, selected: readonly (string | number)[]) => {
    if (selected.length) out.push({ facet, values: selected.map(String) });
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
  return out;
}

/** The number of the last change of the search rows that this statement's snapshot sees. */
const changeSeq = sql<string>`(select coalesce(max(seq), 0) from catalog_search_changes)::text`;

const where = (conditions: Condition[]) => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);

/** A facet value that needs a label: `d` the facet, `v` the value. */
type Labelled = { d: Facet; v: string };

/** The key of a facet value among the labels. */
const labelKey = (facet: string, value: string) => `${facet}\u0000${value}`;

/** The labels of facet values that name a qualification (crebo), elective (code), institution (id) or location (code). */
function labelsSelect(values: readonly Labelled[]): RawBuilder<unknown> {
  return sql`(select coalesce(json_agg(json_build_object('d', x.d, 'v', x.v, 'l', coalesce(lq.title, le.title, li.name,
      (select ll.name || ' (' || ll.city || ')' from institution_locations ll where x.d = 'location' and ll.code = x.v limit 1)))), '[]'::json)
    from unnest(${values.map((l) => l.d)}::text[], ${values.map((l) => l.v)}::text[]) as x(d, v)
    left join qualifications lq on x.d = 'qualification' and lq.crebo = x.v
    left join electives le on x.d = 'elective' and le.code = x.v
    left join institutions li on x.d = 'institution' and li.id::text = x.v)`;
}

/**
 * The ids of the result page, ranked by the chosen sort from the rows (indexes on the filter columns
 * and on the sort orders); the positions of the rows that words or a start window select, when the
 * search has such a condition; and the number of the last change of the search rows this snapshot sees.
 * Planned for each search's values; the details of the page come from {@link pageDetailsStatement}.
 */
export function pageStatement(
  query: SearchQuery,
): RawBuilder<{ seq: string; labelsVersion: string; ids: string[]; positions: number[] | null }> {
  const all = [...otherConditions(query), ...Object.values(facetConditions(query))];
  const rowConditions = rowOnlyConditions(query);
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
  const positions = rowConditions.length
    ? sql`(select coalesce(array_agg(pos), '{}') from catalog_search where ${where(rowConditions)})`
    : sql`null::integer[]`;
  return sql`
    select ${changeSeq} as seq, (select version from catalog_label_version)::text as "labelsVersion", ${positions} as positions, coalesce((select array_agg(p.unit_id::text order by p.o) from (
      select s.unit_id, row_number() over () as o from (
        select s.unit_id, ${rank} as rank from catalog_search s where ${where(all)} order by ${order} limit ${query.pageSize} offset ${offset}) s) p),
      '{}') as ids`;
}

/** The results of a page (in the order of `ids`) and the labels of facet values not known yet: the same statement for every search. */
export function pageDetailsStatement(
  ids: readonly string[],
  labelled: readonly Labelled[],
): RawBuilder<{ items: SearchHit[]; labels: Array<Labelled & { l: string | null }> }> {
  return sql`
    select
      (select coalesce(json_agg(json_build_object(
          'id', s.unit_id, 'title', t.title, 'summary', t.summary, 'kind', t.kind, 'institutionId', s.institution_id,
          'institutionName', t.institution_name, 'harvested', s.source_id is not null, 'sbu', s.sbu, 'niveau', s.niveau, 'domain', s.domain,
          'crebo', s.crebo, 'qualificationTitle', t.qualification_title, 'electiveCode', s.elective_code, 'electiveTitle', t.elective_title,
          'modes', s.modes, 'provinces', s.provinces, 'nextStart', s.next_start, 'flexible', s.flexible, 'minPriceCents', s.min_price_cents,
          'standalone', s.standalone, 'leadsTo', s.leads_to, 'offeringCount', s.offering_count) order by p.o), '[]'::json)
        from unnest(${ids}::uuid[]) with ordinality as p(unit_id, o)
        join catalog_search s on s.unit_id = p.unit_id join catalog_search_text t on t.unit_id = p.unit_id) as items,
      ${labelsSelect(labelled)} as labels`;
}

/** Every facet with its most frequent values (all of them for the short facets). */
function shownValues(counts: FacetCounts): Record<Facet, Array<{ value: string; count: number }>> {
  const out = {} as Record<Facet, Array<{ value: string; count: number }>>;
  for (const facet of FACETS) {
    const values = [...(counts.facets.get(facet) ?? [])].sort(
      (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    );
    out[facet] = values.slice(0, facetTops[facet] ?? values.length);
  }
  return out;
}

function labelledOf(shown: Record<Facet, Array<{ value: string }>>): Labelled[] {
  return FACETS.filter((f) => labelledFacets.has(f)).flatMap((d) => shown[d].map((v) => ({ d, v: v.value })));
}

/** A changed-rows backlog longer than this reloads the whole index instead (about 1,400 bitmap rows at 100,000 units). */
const RELOAD_AFTER = 20_000;

/**
 * The learner search of one server process. Facet counts come from an in-memory {@link FacetIndex}
 * loaded from the posting bitmaps on the first search; before each answer the index catches up with
 * the changes (`catalog_search_changes`) that the search's own statement could see, so counts are
 * exact whichever process wrote. The result page and the labels come from the database.
 */
export class CatalogSearch {
  private readonly index = new FacetIndex();
  private loaded = false;
  private refreshing: Promise<void> | undefined;
  /** Labels of facet values, kept while `catalog_label_version` stays at `labelsVersion`. */
  private readonly labels = new Map<string, string | null>();
  private labelsVersion = -1;

  /** `reloadAfter`: a backlog of more changes than this reloads the whole index instead of applying them. */
  constructor(
    private readonly db: AnyDb,
    private readonly options: { reloadAfter: number } = { reloadAfter: RELOAD_AFTER },
  ) {}

  /** Runs a search. */
  async search(query: SearchQuery): Promise<SearchResult> {
    const { rows: pages } = await pageStatement(query).execute(this.db);
    const page = pages[0];
    if (!page) throw new Error('The search statement returned no row');
    // Counted after the page was read (the index loaded on the first search), with every change its snapshot saw.
    await this.upTo(Number(page.seq));
    const counts = this.index.count(selections(query), page.positions ?? undefined);
    const shown = shownValues(counts);
    // Labels read are kept only while the reference tables stay at the version this search saw.
    const version = Number(page.labelsVersion);
    if (version > this.labelsVersion) {
      this.labels.clear();
      this.labelsVersion = version;
    }
    const unknown = labelledOf(shown).filter((l) => !this.labels.has(labelKey(l.d, l.v)));
    const { rows: details } = await pageDetailsStatement(page.ids, unknown).execute(this.db);
    const read = new Map((details[0]?.labels ?? []).map((l) => [labelKey(l.d, l.v), l.l]));
    if (version === this.labelsVersion) for (const [key, label] of read) this.labels.set(key, label);

    const facets = {} as Record<Facet, FacetValue[]>;
    for (const facet of FACETS) {
      facets[facet] = shown[facet]
        .map((v) => {
          const key = labelKey(facet, v.value);
          return { ...v, label: read.get(key) ?? this.labels.get(key) ?? null };
        })
        .sort(facetOrder(facet));
    }
    return { total: counts.total, items: details[0]?.items ?? [], facets };
  }

  /** Makes sure the index is loaded and reflects at least change number `seq`; one refresh at a time. */
  private async upTo(seq: number): Promise<void> {
    while (!this.loaded || seq > this.index.seq) {
      this.refreshing ??= this.refresh(seq).finally(() => (this.refreshing = undefined));
      await this.refreshing;
    }
  }

  private async refresh(seq: number): Promise<void> {
    if (!this.loaded || seq - this.index.seq > this.options.reloadAfter) {
      const { rows } = await sql<{ seq: string; facet: string | null; value: string; chunk: number; bits: Uint8Array }>`
        select c.seq, p.facet, p.value, p.chunk, varbit_send(p.bits) as bits
        from (select ${changeSeq} as seq) c left join catalog_search_postings p on true`.execute(this.db);
      this.index.load(
        rows.flatMap((r) => (r.facet === null ? [] : [{ facet: r.facet, value: r.value, chunk: r.chunk, bits: r.bits }])),
        Number(rows[0]?.seq ?? 0),
      );
      this.loaded = true;
      return;
    }
    const { rows } = await sql<{ pos: number; seq: string; facet: string | null; value: string | null }>`
      select c.pos, c.seq::text as seq, k.facet, k.value from catalog_search_changes c
      left join lateral (select k.facet, k.value from catalog_search s cross join lateral catalog_search_keys(s) k where s.pos = c.pos) k on true
      where c.seq > ${String(this.index.seq)}::bigint`.execute(this.db);
    let latest = seq;
    for (const r of rows) latest = Math.max(latest, Number(r.seq));
    this.index.apply(rows, latest);
  }
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
