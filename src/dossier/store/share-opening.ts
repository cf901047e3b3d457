import { sql } from 'kysely';
import type { AnyDb } from '../../platform/index.js';
import { itemColumnsWithoutDocuments, type ItemRow } from './items.js';

/** The facts of an evidence file a recipient of a share sees (and may download by id). */
export interface SharedFileFacts {
  readonly id: string;
  readonly name: string;
  readonly media_type: string;
  readonly size: number;
}

/** A share found by its token's hash, as {@link openShareByTokenHash} reads it. */
export interface ShareOpening {
  readonly owner_id: string;
  readonly id: string;
  readonly token_hash: string;
  readonly recipient_name: string | null;
  readonly expires_at: Date;
  readonly revoked_at: Date | null;
  readonly display_name: string;
  /** False when the link was revoked or has expired: then no items were read. */
  readonly live: boolean;
  /** The shared items in the share's order, each with the facts of its evidence files. */
  readonly items: ReadonlyArray<{ readonly item: ItemRow; readonly files: readonly SharedFileFacts[] }>;
}

/** One row per shared item (nulls in the item's columns on the single row of a share without items). */
type Row = {
  share_owner_id: string;
  share_id: string;
  token_hash: string;
  share_recipient_name: string | null;
  expires_at: Date;
  revoked_at: Date | null;
  display_name: string;
  live: boolean;
  files: SharedFileFacts[];
} & { [K in keyof ItemRow]: ItemRow[K] | null };

/** The item columns qualified by a table alias, built once (constant names, so raw SQL is safe). */
const columnsOf = {
  d: sql.raw(itemColumnsWithoutDocuments.map((column) => `d.${column}`).join(', ')),
  i: sql.raw(itemColumnsWithoutDocuments.map((column) => `i.${column}`).join(', ')),
};
/** The signed documents, read for downloads only. */
const withDocuments = sql.raw('d.credential, d.credential_jwt');
const withoutDocuments = sql.raw('null::jsonb as credential, null::text as credential_jwt');

/**
 * Reads a share for opening in one statement: the share and its owner's name, and — only while the
 * link is live — the shared items (a collection's in its order, or the chosen ones) with their files.
 * The signed documents are read only when `withDocuments` is set (downloads); pages show the stored
 * verification. Undefined when no share has this hash. The caller logs the open (see `AccessLogWriter`)
 * before it shows anything.
 */
export async function openShareByTokenHash(
  db: AnyDb,
  options: { tokenHash: string; now: Date; withDocuments: boolean },
): Promise<ShareOpening | undefined> {
  const documents = options.withDocuments ? withDocuments : withoutDocuments;
  const { rows } = await sql<Row>`
    with s as (
      select s.owner_id, s.id, s.token_hash, s.collection_id, s.item_ids, s.recipient_name, s.expires_at, s.revoked_at,
             p.display_name, (s.revoked_at is null and s.expires_at > ${options.now}) as live
        from dossier_shares s join persons p on p.id = s.owner_id
       where s.token_hash = ${options.tokenHash}
    ),
    -- The item ids in the share's order: its collection's, or the ones chosen.
    ids as (
      select ci.item_id as id, ci.position::bigint as ord
        from s join dossier_collection_items ci on ci.owner_id = s.owner_id and ci.collection_id = s.collection_id
       where s.live
      union all
      select e.value::uuid, e.ord
        from s cross join lateral jsonb_array_elements_text(s.item_ids) with ordinality as e(value, ord)
       where s.live and s.collection_id is null
    ),
    -- One primary-key lookup per id ("limit 1" keeps the planner from scanning all of the owner's items).
    shared as (
      select ids.ord, i.*
        from s cross join ids
        cross join lateral (
          select ${columnsOf.d}, ${documents}
            from dossier_items d where d.owner_id = s.owner_id and d.id = ids.id limit 1
        ) i
    )
    select s.owner_id as share_owner_id, s.id as share_id, s.token_hash, s.recipient_name as share_recipient_name,
           s.expires_at, s.revoked_at, s.display_name, s.live,
           ${columnsOf.i}, i.credential, i.credential_jwt,
           (select coalesce(jsonb_agg(f.facts order by e.ord), '[]'::jsonb)
              from jsonb_array_elements_text(i.file_ids) with ordinality as e(file_id, ord)
              cross join lateral (
                select jsonb_build_object('id', f.id, 'name', f.name, 'media_type', f.media_type, 'size', f.size) as facts
                  from dossier_files f where f.owner_id = i.owner_id and f.id = e.file_id::uuid limit 1
              ) f) as files
      from s left join shared i on true
     order by i.ord`.execute(db);
  const first = rows[0];
  if (!first) return undefined;
  return {
    owner_id: first.share_owner_id,
    id: first.share_id,
    token_hash: first.token_hash,
    recipient_name: first.share_recipient_name,
    expires_at: first.expires_at,
    revoked_at: first.revoked_at,
    display_name: first.display_name,
    live: first.live,
    items: rows.flatMap((row) => (row.id === null ? [] : [{ item: itemOf(row), files: row.files }])),
  };
}

function itemOf(row: Row): ItemRow {
  const item: Record<string, unknown> = { credential: row.credential, credential_jwt: row.credential_jwt };
  for (const column of itemColumnsWithoutDocuments) item[column] = row[column];
  return item as ItemRow;
}
