import { sql, type RawBuilder } from 'kysely';
import type { AnyDb } from '../../platform/index.js';
import { PRICE_BUCKETS, SBU_BUCKETS } from '../domain/codes.js';
import { asList, effectiveSort, FACETS, type Facet, type SearchQuery } from '../domain/search.js';
import { FacetIndex, type FacetCounts, type Selection } from './facet-index.js';
import { SortKeys, type PageOrder } from './sort-keys.js';

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

/**
 * Every label a facet value can have: qualification (crebo) and elective (code) titles, institution
 * names (id) and location names (code), with the version of the reference tables they were read at.
 * A few thousand rows even nationally; read again only when the version moves.
 */
const labelsStatement = sql<{ version: string; d: string | null; v: string | null; l: string | null }>`
  select lv.version::text as version, l.d, l.v, l.l from catalog_label_version lv left join (
    select 'qualification' as d, crebo as v, title as l from qualifications
    union all select 'elective', code, title from electives
    union all select 'institution', id::text, name from institutions
    union all (select distinct on (code) 'location', code, name || ' (' || city || ')' from institution_locations order by code, name)
  ) l on true`;

/** The columns of one result, in the order of `p.o`, from rows `s` (catalog_search) and `t` (its text). */
const hitsJson = sql`coalesce(json_agg(json_build_object(
  'id', s.unit_id, 'title', t.title, 'summary', t.summary, 'kind', t.kind, 'institutionId', s.institution_id,
  'institutionName', t.institution_name, 'harvested', s.source_id is not null, 'sbu', s.sbu, 'niveau', s.niveau, 'domain', s.domain,
  'crebo', s.crebo, 'qualificationTitle', t.qualification_title, 'electiveCode', s.elective_code, 'electiveTitle', t.elective_title,
  'modes', s.modes, 'provinces', s.provinces, 'nextStart', s.next_start, 'flexible', s.flexible, 'minPriceCents', s.min_price_cents,
  'standalone', s.standalone, 'leadsTo', s.leads_to, 'offeringCount', s.offering_count) order by p.o), '[]'::json)`;

/**
 * One search in one statement: the result page ranked by the chosen sort from the rows (indexes on
 * the filter columns and on the sort orders) with its details in that order; the positions of the
 * rows that words or a start window select, when the search has such a condition; the number of the
 * last change of the search rows this snapshot sees; and the version of the facet labels. Planned
 * for each search's values.
 */
export function searchStatement(
  query: SearchQuery,
): RawBuilder<{ seq: string; labelsVersion: string; positions: number[] | null; items: SearchHit[] }> {
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
    with page as (
      select s.unit_id, row_number() over () as o from (
        select s.unit_id, ${rank} as rank from catalog_search s where ${where(all)} order by ${order} limit ${query.pageSize} offset ${offset}) s)
    select ${changeSeq} as seq, (select version from catalog_label_version)::text as "labelsVersion", ${positions} as positions,
      (select ${hitsJson}
        from page p join catalog_search s on s.unit_id = p.unit_id join catalog_search_text t on t.unit_id = p.unit_id) as items`;
}

/**
 * The results at the given search positions (a page the facet index picked), in that order, with
 * the change number and label version of the statement's snapshot: the same statement for every
 * such search.
 */
export function pageAtStatement(positions: readonly number[]): RawBuilder<{ seq: string; labelsVersion: string; items: SearchHit[] }> {
  return sql`
    select ${changeSeq} as seq, (select version from catalog_label_version)::text as "labelsVersion",
      (select ${hitsJson} from unnest(${positions}::integer[]) with ordinality as p(pos, o)
        join catalog_search s on s.pos = p.pos join catalog_search_text t on t.unit_id = s.unit_id) as items`;
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

/** A changed-rows backlog longer than this reloads the whole index instead (about 1,400 bitmap rows at 100,000 units). */
const RELOAD_AFTER = 20_000;

/**
 * The learner search of one server process. Facet counts come from an in-memory {@link FacetIndex}
 * loaded from the posting bitmaps on the first search; before each answer the index catches up with
 * the changes (`catalog_search_changes`) that the search's own statement could see, so counts are
 * exact whichever process wrote. A search without words picks its page in the index too, in the
 * order its {@link SortKeys} give, and reads the page's results in one statement; a search with words
 * gets its ranked page, and the rows its words match, from one statement. Facet labels are kept per
 * version of the reference tables.
 */
export class CatalogSearch {
  private readonly index = new FacetIndex();
  private readonly order = new SortKeys();
  private loaded = false;
  private refreshing: Promise<void> | undefined;
  /** Labels of facet values by facet and value, as of `catalog_label_version` = `labelsVersion`. */
  private labels = new Map<string, Map<string, string>>();
  private labelsVersion = -1;
  private labelling: Promise<void> | undefined;

  /** `reloadAfter`: a backlog of more changes than this reloads the whole index instead of applying them. */
  constructor(
    private readonly db: AnyDb,
    private readonly options: { reloadAfter: number } = { reloadAfter: RELOAD_AFTER },
  ) {}

  /** Runs a search. */
  async search(query: SearchQuery): Promise<SearchResult> {
    const sort = effectiveSort(query);
    if (rowOnlyConditions(query).length === 0 && sort !== 'relevance') return this.searchIndex(query, sort);
    const { rows } = await searchStatement(query).execute(this.db);
    const found = rows[0];
    if (!found) throw new Error('The search statement returned no row');
    // Counted with every change the page's snapshot saw (the index loaded on the first search).
    await this.upTo(Number(found.seq));
    await this.labelsAt(Number(found.labelsVersion));
    const counts = this.index.count(selections(query), found.positions ?? undefined);
    return this.answer(counts, found.items);
  }

  /**
   * A search without words or a start window: the facet index selects the rows, counts them and picks
   * the page in its order; one statement reads the page's results. When that statement's snapshot saw
   * changes the index did not have yet, the index catches up and the page is picked again.
   */
  private async searchIndex(query: SearchQuery, sort: PageOrder): Promise<SearchResult> {
    await this.upTo(0);
    for (let attempt = 1; ; attempt += 1) {
      const seq = this.index.seq;
      let page: number[] = [];
      const counts = this.index.count(selections(query), undefined, (found) => {
        page = this.order.top(found, sort, (query.page - 1) * query.pageSize, query.pageSize);
      });
      const { rows } = await pageAtStatement(page).execute(this.db);
      const read = rows[0];
      if (!read) throw new Error('The page statement returned no row');
      const seen = Number(read.seq);
      // Writers that keep committing cannot hold a search up: after three tries it answers with the index it has.
      if (seen > seq && attempt < 3) {
        await this.upTo(seen);
        continue;
      }
      await this.labelsAt(Number(read.labelsVersion));
      return this.answer(counts, read.items);
    }
  }

  /** The answer of a search: its counts with the facet values shown, labelled, in each facet's order. */
  private answer(counts: FacetCounts, items: SearchHit[]): SearchResult {
    const shown = shownValues(counts);
    const facets = {} as Record<Facet, FacetValue[]>;
    for (const facet of FACETS) {
      const labels = this.labels.get(facet);
      facets[facet] = shown[facet]
        .map((v) => ({ value: v.value, count: v.count, label: labels?.get(v.value) ?? null }))
        .sort(facetOrder(facet));
    }
    return { total: counts.total, items, facets };
  }

  /** Makes sure the labels are those of version `version` of the reference tables, or newer; one read at a time. */
  private async labelsAt(version: number): Promise<void> {
    while (version > this.labelsVersion) {
      this.labelling ??= this.readLabels().finally(() => (this.labelling = undefined));
      await this.labelling;
    }
  }

  private async readLabels(): Promise<void> {
    const { rows } = await labelsStatement.execute(this.db);
    const labels = new Map<string, Map<string, string>>();
    for (const r of rows) {
      if (r.d === null || r.v === null || r.l === null) continue;
      const ofFacet = labels.get(r.d) ?? new Map<string, string>();
      labels.set(r.d, ofFacet);
      ofFacet.set(r.v, r.l);
    }
    this.labels = labels;
    this.labelsVersion = Number(rows[0]?.version ?? 0);
  }

  /** Makes sure the index is loaded and reflects at least change number `seq`; one refresh at a time. */
  private async upTo(seq: number): Promise<void> {
    while (!this.loaded || seq > this.index.seq || this.index.needsReload) {
      this.refreshing ??= this.refresh(seq).finally(() => (this.refreshing = undefined));
      await this.refreshing;
    }
  }

  private async refresh(seq: number): Promise<void> {
    // Loaded again also when a change brought what the index's records have no room for.
    if (!this.loaded || this.index.needsReload || seq - this.index.seq > this.options.reloadAfter) {
      // Postings and sort keys from one snapshot.
      await this.db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => {
          const { rows } = await sql<{ seq: string; facet: string | null; value: string; chunk: number; bits: Uint8Array }>`
            select c.seq, p.facet, p.value, p.chunk, varbit_send(p.bits) as bits
            from (select ${changeSeq} as seq) c left join catalog_search_postings p on true`.execute(trx);
          const { rows: keys } = await sql<SortColumns & { pos: number }>`
            select pos, unit_id::text as unit_id, next_start, flexible, min_price_cents from catalog_search`.execute(trx);
          this.index.load(
            rows.flatMap((r) => (r.facet === null ? [] : [{ facet: r.facet, value: r.value, chunk: r.chunk, bits: r.bits }])),
            Number(rows[0]?.seq ?? 0),
          );
          this.order.load(keys.map((k) => ({ pos: k.pos, ...sortRow(k) })));
        });
      this.loaded = true;
      return;
    }
    const { rows } = await sql<{ pos: number; seq: string; facet: string | null; value: string | null } & Partial<SortColumns>>`
      select c.pos, c.seq::text as seq, k.facet, k.value, k.unit_id, k.next_start, k.flexible, k.min_price_cents
      from catalog_search_changes c
      left join lateral (
        select k.facet, k.value, s.unit_id::text as unit_id, s.next_start, s.flexible, s.min_price_cents
        from catalog_search s cross join lateral catalog_search_keys(s) k where s.pos = c.pos) k on true
      where c.seq > ${String(this.index.seq)}::bigint`.execute(this.db);
    let latest = seq;
    // One row per key of a changed position, each with the position's sort columns: set them once.
    const sorted = new Set<number>();
    for (const r of rows) {
      latest = Math.max(latest, Number(r.seq));
      if (sorted.has(r.pos)) continue;
      sorted.add(r.pos);
      this.order.set(r.pos, r.unit_id ? sortRow(r as SortColumns) : undefined);
    }
    this.index.apply(rows, latest);
  }
}

/** The columns of a search row that the page orders go by. */
interface SortColumns {
  readonly unit_id: string;
  readonly next_start: string | null;
  readonly flexible: boolean;
  readonly min_price_cents: number | null;
}

const sortRow = (c: SortColumns) => ({
  unitId: c.unit_id,
  nextStart: c.next_start,
  flexible: c.flexible,
  minPriceCents: c.min_price_cents,
});

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

const dutch = new Intl.Collator('nl');

/** Facets with a natural order keep it (levels, months, price ranges); the others show the most frequent first. */
function facetOrder(facet: Facet): (a: FacetValue, b: FacetValue) => number {
  const order = canonical[facet];
  if (order) return (a, b) => order.indexOf(a.value) - order.indexOf(b.value);
  if (facet === 'niveau' || facet === 'start') return (a, b) => a.value.localeCompare(b.value);
  return (a, b) => b.count - a.count || dutch.compare(a.label ?? a.value, b.label ?? b.value);
}
