import { sql, type Kysely } from 'kysely';
import { createSearchCounts } from './2026-11-24-catalog-search-postings.js';

/**
 * Which search positions changed, and in what order, so that every server process keeps its
 * in-memory facet index current without reading all postings again: `catalog_search_changes` holds
 * per position the number of its last change (one row per position, so it never outgrows the
 * search table). Statement triggers record every insert and delete of search rows, also a cascade
 * from a removed source or institution.
 *
 * The triggers take the search writers' advisory lock before they draw a number, and hold it until
 * commit: numbers are then handed out in commit order, and a reader that sees number N has seen
 * every change below N. The SQL function that counted facets from the bitmaps goes; the bitmaps stay,
 * as the fast way to load the index. The result page gets an index for searches within one domain.
 *
 * The labels of facet values (qualification and elective titles, institution and location names)
 * come from reference tables; `catalog_label_version` counts the statements that changed them, so
 * that a server may keep the labels it read until the number moves.
 */

/** The reference tables that facet labels come from. */
const LABEL_TABLES = ['qualifications', 'electives', 'institutions', 'institution_locations'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence catalog_search_change_seq as bigint`.execute(db);
  await sql`create table catalog_search_changes (pos integer primary key, seq bigint not null)`.execute(db);
  await sql`create index catalog_search_changes_seq on catalog_search_changes (seq)`.execute(db);
  // The lock key is SEARCH_WRITE_LOCK in store/derived.ts ('cats').
  await sql`
    create function catalog_search_changed() returns trigger
    language plpgsql as $$
    begin
      perform pg_advisory_xact_lock(1667331187);
      insert into catalog_search_changes (pos, seq)
      select c.pos, nextval('catalog_search_change_seq') from (select distinct r.pos from changed_rows r) c
      on conflict (pos) do update set seq = excluded.seq;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger catalog_search_changes_removed after delete on catalog_search
    referencing old table as changed_rows for each statement execute function catalog_search_changed()`.execute(db);
  await sql`
    create trigger catalog_search_changes_added after insert on catalog_search
    referencing new table as changed_rows for each statement execute function catalog_search_changed()`.execute(db);
  await sql`drop function catalog_search_counts(text[], text[], integer[])`.execute(db);
  // A learner often picks a domain first: its rows in the default (start) order, without walking
  // the start order of the whole catalogue past every other domain's rows.
  await sql`create index catalog_search_by_domain_start on catalog_search (domain, next_start asc nulls last, flexible desc, unit_id)`.execute(
    db,
  );

  await sql`create table catalog_label_version (one boolean primary key default true check (one), version bigint not null default 0)`.execute(
    db,
  );
  await sql`insert into catalog_label_version default values`.execute(db);
  await sql`
    create function catalog_labels_changed() returns trigger
    language plpgsql as $$
    begin
      update catalog_label_version set version = version + 1;
      return null;
    end $$`.execute(db);
  for (const table of LABEL_TABLES)
    await sql`create trigger catalog_labels_changed after insert or update or delete or truncate on ${sql.id(table)}
      for each statement execute function catalog_labels_changed()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of LABEL_TABLES) await sql`drop trigger if exists catalog_labels_changed on ${sql.id(table)}`.execute(db);
  await sql`drop function if exists catalog_labels_changed()`.execute(db);
  await sql`drop table if exists catalog_label_version`.execute(db);
  await createSearchCounts(db);
  await sql`drop index if exists catalog_search_by_domain_start`.execute(db);
  await sql`drop trigger if exists catalog_search_changes_added on catalog_search`.execute(db);
  await sql`drop trigger if exists catalog_search_changes_removed on catalog_search`.execute(db);
  await sql`drop function if exists catalog_search_changed()`.execute(db);
  await sql`drop table if exists catalog_search_changes`.execute(db);
  await sql`drop sequence if exists catalog_search_change_seq`.execute(db);
}
