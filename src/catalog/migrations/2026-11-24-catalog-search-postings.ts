import { sql, type Kysely } from 'kysely';

/**
 * Posting bitmaps for the learner search's facets. Every search row gets a small integer position;
 * for every facet value (and a few internal keys: `_all` for every row, `_adult` for units that can
 * be followed on their own and lead to a certificate or badge) a bitmap per chunk of 31,744
 * positions has a 1 for each row that has the value. A search ANDs the bitmaps of its filters and
 * counts every facet value with `bit_count(value & result)`: about 500 values × a few chunks of
 * 3,968 bytes instead of grouping tens of thousands of rows per facet. (31,744 bits: two postings
 * fit in one 8 KB page.)
 *
 * The bitmaps follow the search rows through statement triggers (transition tables), so every
 * insert and delete — also a cascade from a removed source or institution — keeps them exact.
 * A deleted row's position goes to a free list; the store gives a refreshed row its old position
 * back and new rows free positions first, so that the bitmaps stay dense.
 *
 * The bucket bounds below are those of PRICE_BUCKETS and SBU_BUCKETS in domain/codes.ts at the
 * time of this migration; a change there needs a migration that replaces `catalog_search_keys`
 * and rebuilds the postings (the search test compares the counts with a plain row count).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence catalog_search_pos_seq as integer minvalue 0 start 0`.execute(db);
  await sql`alter table catalog_search add column pos integer`.execute(db);
  await sql`update catalog_search set pos = nextval('catalog_search_pos_seq')`.execute(db);
  await sql`alter table catalog_search alter column pos set not null`.execute(db);
  await sql`alter table catalog_search alter column pos set default nextval('catalog_search_pos_seq')`.execute(db);
  await sql`create unique index catalog_search_pos on catalog_search (pos)`.execute(db);
  await sql`create table catalog_search_free_positions (pos integer primary key)`.execute(db);

  // The indexes the result page uses: its sort orders, and the array filters.
  await sql`create index catalog_search_by_start on catalog_search (next_start asc nulls last, flexible desc, unit_id)`.execute(db);
  await sql`create index catalog_search_by_price on catalog_search (min_price_cents asc nulls last, unit_id)`.execute(db);
  for (const column of ['modes', 'provinces', 'leerwegen', 'location_codes'])
    await sql`create index ${sql.id(`catalog_search_${column}`)} on catalog_search using gin (${sql.id(column)})`.execute(db);

  await sql`
    create table catalog_search_postings (
      facet text not null,
      value text not null,
      chunk integer not null,
      bits bit varying(31744) not null,
      primary key (facet, value, chunk)
    )`.execute(db);
  // The bitmaps stay inline and uncompressed: reading them must cost no decompression. Every change
  // writes new versions of these 4 KB rows, so autovacuum comes early, whatever the table's size.
  await sql`alter table catalog_search_postings alter column bits set storage plain`.execute(db);
  await sql`alter table catalog_search_postings set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000)`.execute(db);

  // The facet keys of one search row. Not inlined (the SET clause): PostgreSQL 15 fails to plan the
  // inlined form under a GROUP BY ("variable not found in subplan target list").
  await sql`
    create function catalog_search_keys(s catalog_search) returns table (facet text, value text)
    language sql immutable set search_path from current as $$
      select '_all', ''
      union all select '_adult', 'true' where s.standalone and s.leads_to is not null
      union all select 'niveau', s.niveau::text where s.niveau is not null
      union all select 'domain', s.domain where s.domain is not null
      union all select 'qualification', s.crebo where s.crebo is not null
      union all select 'elective', s.elective_code where s.elective_code is not null
      union all select distinct 'leerweg', v from unnest(s.leerwegen) v where v is not null
      union all select distinct 'province', v from unnest(s.provinces) v where v is not null
      union all select distinct 'location', v from unnest(s.location_codes) v where v is not null
      union all select 'intake', 'flexible' where s.flexible
      union all select 'intake', 'fixed' where cardinality(s.start_dates) > 0
      union all select 'start', to_char(s.next_start, 'YYYY-MM') where s.next_start is not null
      union all select distinct 'mode', v from unnest(s.modes) v where v is not null
      union all select 'price', case
          when s.min_price_cents >= 0 and s.min_price_cents < 1 then 'free'
          when s.min_price_cents >= 1 and s.min_price_cents < 25000 then 'lt250'
          when s.min_price_cents >= 25000 and s.min_price_cents < 50000 then '250-500'
          when s.min_price_cents >= 50000 and s.min_price_cents < 100000 then '500-1000'
          when s.min_price_cents >= 100000 then 'gte1000' end
        where s.min_price_cents >= 0
      union all select 'load', case
          when s.sbu >= 1 and s.sbu <= 60 then 'le60'
          when s.sbu >= 61 and s.sbu <= 120 then '61-120'
          when s.sbu >= 121 and s.sbu <= 240 then '121-240'
          when s.sbu >= 241 and s.sbu <= 480 then '241-480'
          when s.sbu >= 481 then 'gt480' end
        where s.sbu >= 1
      union all select 'institution', s.institution_id::text
    $$`.execute(db);

  // A bitmap of one chunk with ones at the given offsets: runs of zeros and a one per offset, padded.
  await sql`
    create function catalog_bits(offsets integer[]) returns bit varying
    language sql immutable as $$
      select rpad(coalesce(string_agg(repeat('0', y.o - y.p - 1) || '1', '' order by y.o), ''), 31744, '0')::bit varying
      from (select x.o, lag(x.o, 1, -1) over (order by x.o) as p from (select distinct unnest(offsets) as o) x) y
    $$`.execute(db);

  // The bitmap with the given offsets set to 1 (v = 1) or 0.
  await sql`
    create function catalog_bits_set(b bit varying, offsets integer[], v integer) returns bit varying
    language sql immutable as $$
      select case when v = 1 then b | catalog_bits(offsets) else b & ~catalog_bits(offsets) end
    $$`.execute(db);

  await createSearchCounts(db);

  await sql`
    create function catalog_search_postings_removed() returns trigger
    language plpgsql as $$
    begin
      update catalog_search_postings p set bits = catalog_bits_set(p.bits, d.offsets, 0)
      from (
        select k.facet, k.value, o.pos / 31744 as chunk, array_agg(o.pos % 31744) as offsets
        from old_rows o cross join lateral catalog_search_keys(o) k
        group by 1, 2, 3
      ) d
      where p.facet = d.facet and p.value = d.value and p.chunk = d.chunk;
      insert into catalog_search_free_positions (pos) select o.pos from old_rows o on conflict do nothing;
      return null;
    end $$`.execute(db);

  await sql`
    create function catalog_search_postings_added() returns trigger
    language plpgsql as $$
    begin
      with d as (
        select k.facet, k.value, n.pos / 31744 as chunk, array_agg(n.pos % 31744) as offsets
        from new_rows n cross join lateral catalog_search_keys(n) k
        group by 1, 2, 3
      ), changed as (
        update catalog_search_postings p set bits = catalog_bits_set(p.bits, d.offsets, 1)
        from d
        where p.facet = d.facet and p.value = d.value and p.chunk = d.chunk
        returning p.facet, p.value, p.chunk
      )
      insert into catalog_search_postings (facet, value, chunk, bits)
      select d.facet, d.value, d.chunk, catalog_bits(d.offsets) from d
      where not exists (select 1 from changed c where c.facet = d.facet and c.value = d.value and c.chunk = d.chunk);
      return null;
    end $$`.execute(db);

  await sql`
    create trigger catalog_search_postings_removed after delete on catalog_search
    referencing old table as old_rows for each statement execute function catalog_search_postings_removed()`.execute(db);
  await sql`
    create trigger catalog_search_postings_added after insert on catalog_search
    referencing new table as new_rows for each statement execute function catalog_search_postings_added()`.execute(db);

  // The rows already there.
  await sql`
    insert into catalog_search_postings (facet, value, chunk, bits)
    select k.facet, k.value, s.pos / 31744, catalog_bits(array_agg(s.pos % 31744))
    from catalog_search s cross join lateral catalog_search_keys(s) k
    group by k.facet, k.value, s.pos / 31744`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists catalog_search_postings_added on catalog_search`.execute(db);
  await sql`drop trigger if exists catalog_search_postings_removed on catalog_search`.execute(db);
  await sql`drop function if exists catalog_search_postings_added()`.execute(db);
  await sql`drop function if exists catalog_search_postings_removed()`.execute(db);
  await sql`drop function if exists catalog_search_counts(text[], text[], integer[])`.execute(db);
  await sql`drop function if exists catalog_bits_set(bit varying, integer[], integer)`.execute(db);
  await sql`drop function if exists catalog_bits(integer[])`.execute(db);
  await sql`drop table if exists catalog_search_postings`.execute(db);
  await sql`drop function if exists catalog_search_keys(catalog_search)`.execute(db);
  await sql`drop table if exists catalog_search_free_positions`.execute(db);
  for (const index of ['catalog_search_by_start', 'catalog_search_by_price', 'catalog_search_pos'])
    await sql`drop index if exists ${sql.id(index)}`.execute(db);
  for (const column of ['modes', 'provinces', 'leerwegen', 'location_codes'])
    await sql`drop index if exists ${sql.id(`catalog_search_${column}`)}`.execute(db);
  await sql`alter table catalog_search drop column if exists pos`.execute(db);
  await sql`drop sequence if exists catalog_search_pos_seq`.execute(db);
}

/**
 * The SQL function that counted a search's facets from the bitmaps. Replaced by the server's
 * in-memory facet index (migration 2026-11-29); kept here for this migration and the next one's `down`.
 */
export async function createSearchCounts(db: Kysely<unknown>): Promise<void> {
  // The total and every facet value's count for a search: `keys`/`vals` are the selected
  // (facet, value) pairs (values of one facet OR, facets AND; `_adult` is a filter, not a facet),
  // `positions` the rows that words or a start window selected (null: no such condition). A facet
  // whose filter is active is counted over the result of every other filter. PL/pgSQL so that
  // each connection plans it once.
  await sql`
    create function catalog_search_counts(keys text[], vals text[], positions integer[])
    returns table (facet text, value text, n integer)
    language plpgsql stable as $$
    #variable_conflict use_column
    begin
      return query
      with z as (select repeat('0', 31744)::bit varying as zero),
      live as (select p.chunk, p.bits from catalog_search_postings p where p.facet = '_all' and p.value = ''),
      sel as (select x.f, x.v from unnest(keys, vals) as x(f, v)),
      conds as (
        select a.f as facet, l.chunk, coalesce((select bit_or(p.bits) from catalog_search_postings p
            where p.facet = a.f and p.chunk = l.chunk and p.value in (select sel.v from sel where sel.f = a.f)), z.zero) as bits
        from (select distinct sel.f from sel) a cross join live l cross join z
        union all
        select '_rows', l.chunk, coalesce(m.bits, z.zero)
        from live l cross join z
        left join (select q.pos / 31744 as chunk, catalog_bits(array_agg(q.pos % 31744)) as bits from unnest(positions) q(pos) group by q.pos / 31744) m
          on m.chunk = l.chunk
        where positions is not null
      ),
      r as materialized (select l.chunk, l.bits & coalesce((select bit_and(c.bits) from conds c where c.chunk = l.chunk), l.bits) as bits from live l),
      rx as materialized (
        select a.f as facet, l.chunk,
          l.bits & coalesce((select bit_and(c.bits) from conds c where c.chunk = l.chunk and c.facet <> a.f), l.bits) as bits
        from (select distinct sel.f from sel where sel.f not like '\\_%') a cross join live l
      ),
      -- Counted per chunk before grouping, so that no bitmap goes through a sort or a hash table.
      per_chunk as materialized (
        select p.facet, p.value, bit_count(p.bits & coalesce(x.bits, r.bits)) as m
        from catalog_search_postings p join r on r.chunk = p.chunk left join rx x on x.facet = p.facet and x.chunk = p.chunk
        where p.facet not like '\\_%'
      ),
      counts as (select y.facet, y.value, sum(y.m)::integer as n from per_chunk y group by y.facet, y.value)
      select c.facet, c.value, c.n from counts c where c.n > 0
      union all
      select '_total', '', (select coalesce(sum(bit_count(r.bits)), 0)::integer from r);
    end $$`.execute(db);
}
