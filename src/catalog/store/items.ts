import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { ItemKind, ItemStatus, VersionedKind } from '../domain/codes.js';
import type { ReferenceContext, Wanted } from '../domain/references.js';
import type { CatalogTables } from './tables.js';

/** The table of each kind, and the content key → column of each. */
export const tableOf = {
  programmes: 'catalog_programmes',
  units: 'catalog_units',
  offerings: 'catalog_offerings',
  sessions: 'catalog_sessions',
} as const satisfies Record<ItemKind, keyof CatalogTables>;

const columns: Readonly<Record<ItemKind, Readonly<Record<string, string>>>> = {
  sessions: {
    code: 'code',
    name: 'name',
    sessionType: 'session_type',
    startDate: 'start_date',
    endDate: 'end_date',
    parentId: 'parent_id',
  },
  programmes: {
    code: 'code',
    title: 'title',
    description: 'description',
    crebo: 'crebo',
    leerweg: 'leerweg',
    niveau: 'niveau',
    durationMonths: 'duration_months',
  },
  units: {
    code: 'code',
    kind: 'kind',
    componentType: 'component_type',
    programmeId: 'programme_id',
    parentUnitId: 'parent_unit_id',
    title: 'title',
    description: 'description',
    sbu: 'sbu',
    durationWeeks: 'duration_weeks',
    learningOutcomes: 'learning_outcomes',
    crebo: 'crebo',
    electiveCode: 'elective_code',
    covers: 'covers',
    leerwegen: 'leerwegen',
    standalone: 'standalone',
    leadsTo: 'leads_to',
    language: 'language',
  },
  offerings: {
    code: 'code',
    programmeId: 'programme_id',
    unitId: 'unit_id',
    sessionId: 'session_id',
    locationCode: 'location_code',
    intake: 'intake',
    startDate: 'start_date',
    endDate: 'end_date',
    mode: 'mode',
    priceCents: 'price_cents',
    capacity: 'capacity',
    applicationStart: 'application_start',
    applicationEnd: 'application_end',
  },
};

/** The content keys of a kind, in a fixed order. */
export function contentKeys(kind: ItemKind): string[] {
  return Object.keys(columns[kind]);
}

/** Content (camelCase, every key present, absent values null) → column values. */
export function toColumns(kind: ItemKind, content: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns[kind])) out[column] = content[key] ?? null;
  return out;
}

/** A row → its content (camelCase). */
export function toContent(kind: ItemKind, row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns[kind])) out[key] = row[column] ?? null;
  return out;
}

/** Content with every key, absent values as null (so that equal content hashes equally). */
export function normalise(kind: ItemKind, content: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of contentKeys(kind)) out[key] = content[key] ?? null;
  return out;
}

/** A stable hash of an item's content, for idempotent imports and harvests. */
export function contentHash(kind: ItemKind, content: Readonly<Record<string, unknown>>): string {
  return createHash('sha256')
    .update(JSON.stringify(normalise(kind, content)))
    .digest('base64url')
    .slice(0, 32);
}

/** One item row as the use cases see it. */
export interface ItemRow {
  readonly id: string;
  readonly institution_id: string;
  readonly source_id: string | null;
  readonly status: ItemStatus;
  readonly version: number;
  readonly pending: Record<string, unknown> | null;
  readonly published_at: Date | null;
  readonly retired_at: Date | null;
  readonly updated_at: Date;
  readonly is_demo: boolean;
  readonly [column: string]: unknown;
}

/** Sessions have no lifecycle: they read as published, version 0. */
function asItem(kind: ItemKind, row: object): ItemRow {
  if (kind !== 'sessions') return row as ItemRow;
  return {
    ...(row as Record<string, unknown>),
    status: 'published',
    version: 0,
    pending: null,
    published_at: null,
    retired_at: null,
  } as unknown as ItemRow;
}

function db(handle: AnyDb): Kysely<CatalogTables> {
  return tablesOf<CatalogTables>(handle);
}

/** One item of an institution, or undefined. Sessions have no lifecycle: they read as published. */
export async function findItem(handle: AnyDb, kind: ItemKind, institutionId: string, id: string): Promise<ItemRow | undefined> {
  const row = await db(handle)
    .selectFrom(tableOf[kind])
    .selectAll()
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .where('source_id', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return asItem(kind, row);
}

/** Locks an item for a change in this transaction. */
export async function lockItem(trx: AnyDb, kind: ItemKind, institutionId: string, id: string): Promise<ItemRow | undefined> {
  const row = await db(trx)
    .selectFrom(tableOf[kind])
    .selectAll()
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .where('source_id', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return undefined;
  return asItem(kind, row);
}

/** A page of an institution's own (local) items of one kind, newest change first. */
export async function listItems(
  handle: AnyDb,
  kind: ItemKind,
  institutionId: string,
  options: { status?: ItemStatus | undefined; q?: string | undefined; offset: number; limit: number },
): Promise<{ rows: ItemRow[]; total: number }> {
  let query = db(handle).selectFrom(tableOf[kind]).where('institution_id', '=', institutionId).where('source_id', 'is', null);
  if (options.status && kind !== 'sessions') query = query.where('status' as never, '=', options.status as never);
  if (options.q) {
    const pattern = `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const titleColumn = kind === 'sessions' ? 'name' : kind === 'offerings' ? 'code' : 'title';
    query = query.where((eb) => eb.or([eb(sql.ref(titleColumn), 'ilike', pattern), eb(sql.ref('code'), 'ilike', pattern)]));
  }
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('updated_at', 'desc').orderBy('id').offset(options.offset).limit(options.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const withLifecycle = rows.map((r) => asItem(kind, r));
  return { rows: withLifecycle, total: Number(count.n) };
}

/** Inserts a new local item; returns its id. */
export async function insertItem(
  trx: AnyDb,
  kind: ItemKind,
  institutionId: string,
  content: Readonly<Record<string, unknown>>,
  extra: { isDemo?: boolean } = {},
): Promise<string> {
  const values: Record<string, unknown> = { institution_id: institutionId, ...toColumns(kind, content), is_demo: extra.isDemo ?? false };
  if (kind !== 'sessions') values['content_hash'] = contentHash(kind, content);
  const row = await db(trx)
    .insertInto(tableOf[kind])
    .values(values as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes content into an item's columns (a draft, a session, or a publication). */
export async function writeContent(trx: AnyDb, kind: ItemKind, id: string, content: Readonly<Record<string, unknown>>): Promise<void> {
  const values: Record<string, unknown> = { ...toColumns(kind, content), updated_at: sql`now()` };
  if (kind !== 'sessions') values['content_hash'] = contentHash(kind, content);
  await db(trx)
    .updateTable(tableOf[kind])
    .set(values as never)
    .where('id', '=', id)
    .execute();
}

/** Keeps edits of a published item aside until they are published (null discards them). */
export async function writePending(
  trx: AnyDb,
  kind: VersionedKind,
  id: string,
  content: Readonly<Record<string, unknown>> | null,
): Promise<void> {
  await db(trx)
    .updateTable(tableOf[kind])
    .set({ pending: content === null ? null : JSON.stringify(content), updated_at: sql`now()` } as never)
    .where('id', '=', id)
    .execute();
}

/** Moves an item to a lifecycle state and records the version in its history. */
export async function markLifecycle(
  trx: AnyDb,
  kind: VersionedKind,
  ids: readonly string[],
  change: { status: 'published' | 'retired'; actorType: string; actorId: string | null; action?: 'published' | 'retired' | 'harvested' },
): Promise<void> {
  if (ids.length === 0) return;
  const itemType = kind === 'programmes' ? 'programme' : kind === 'units' ? 'unit' : 'offering';
  const table = tableOf[kind];
  const updated = await db(trx)
    .updateTable(table)
    .set({
      status: change.status,
      version: sql`version + 1`,
      pending: null,
      modified_at: sql`now()`,
      updated_at: sql`now()`,
      ...(change.status === 'published' ? { published_at: sql`now()`, retired_at: null } : { retired_at: sql`now()` }),
    } as never)
    .where('id', 'in', ids)
    .returningAll()
    .execute();
  await db(trx)
    .insertInto('catalog_versions')
    .values(
      updated.map((row) => ({
        item_type: itemType,
        item_id: row.id,
        version: row.version,
        action: change.action ?? change.status,
        snapshot: JSON.stringify(toContent(kind, row as unknown as Record<string, unknown>)),
        actor_type: change.actorType,
        actor_id: change.actorId,
      })),
    )
    .execute();
}

/** Deletes an item (drafts that were never published, and unused sessions). */
export async function deleteItem(trx: AnyDb, kind: ItemKind, id: string): Promise<void> {
  await db(trx).deleteFrom(tableOf[kind]).where('id', '=', id).execute();
}

/** True when offerings still refer to the session, or sessions have it as parent. */
export async function sessionInUse(handle: AnyDb, id: string): Promise<boolean> {
  const used = await db(handle)
    .selectFrom('catalog_offerings')
    .select('id')
    .where('session_id', '=', id)
    .unionAll(db(handle).selectFrom('catalog_sessions').select('id').where('parent_id', '=', id))
    .limit(1)
    .execute();
  return used.length > 0;
}

/** Published offerings of a unit or programme (retired together with it). */
export async function publishedOfferingsOf(trx: AnyDb, parent: { unitId?: string; programmeId?: string }): Promise<string[]> {
  let query = db(trx).selectFrom('catalog_offerings').select('id').where('status', '=', 'published');
  if (parent.unitId) query = query.where('unit_id', '=', parent.unitId);
  if (parent.programmeId) query = query.where('programme_id', '=', parent.programmeId);
  return (await query.execute()).map((r) => r.id);
}

/** The version history of an item, newest first. */
export async function itemHistory(handle: AnyDb, id: string) {
  return db(handle)
    .selectFrom('catalog_versions')
    .select(['version', 'action', 'snapshot', 'actor_type', 'created_at'])
    .where('item_id', '=', id)
    .orderBy('version', 'desc')
    .limit(100)
    .execute();
}

/** Loads what records of an institution may refer to (see {@link ReferenceContext}). */
export async function loadReferenceContext(handle: AnyDb, institutionId: string, wanted: Wanted): Promise<ReferenceContext> {
  const d = db(handle);
  const crebos = [...wanted.crebos];
  const electives = [...wanted.electives];
  const ids = [...wanted.ids];
  const [quals, codes, els, locations, programmes, units, sessions] = await Promise.all([
    crebos.length ? d.selectFrom('qualifications').select(['id', 'crebo', 'niveau']).where('crebo', 'in', crebos).execute() : [],
    crebos.length
      ? d
          .selectFrom('core_tasks as ct')
          .innerJoin('qualifications as q', 'q.id', 'ct.qualification_id')
          .leftJoin('work_processes as wp', 'wp.core_task_id', 'ct.id')
          .select(['q.crebo', 'ct.code as task', 'wp.code as process'])
          .where('q.crebo', 'in', crebos)
          .execute()
      : [],
    electives.length ? d.selectFrom('electives').select('code').where('code', 'in', electives).execute() : [],
    d.selectFrom('institution_locations').select('code').where('institution_id', '=', institutionId).execute(),
    ids.length ? d.selectFrom('catalog_programmes').select(['id', 'institution_id', 'status']).where('id', 'in', ids).execute() : [],
    ids.length ? d.selectFrom('catalog_units').select(['id', 'institution_id', 'status', 'kind']).where('id', 'in', ids).execute() : [],
    ids.length ? d.selectFrom('catalog_sessions').select(['id', 'institution_id']).where('id', 'in', ids).execute() : [],
  ]);
  const qualificationCodes = new Map<string, Set<string>>();
  for (const c of codes) {
    const set = qualificationCodes.get(c.crebo) ?? new Set<string>();
    set.add(c.task);
    if (c.process) set.add(c.process);
    qualificationCodes.set(c.crebo, set);
  }
  return {
    institutionId,
    qualifications: new Map(quals.map((q) => [q.crebo, { niveau: q.niveau, codes: qualificationCodes.get(q.crebo) ?? new Set<string>() }])),
    electives: new Set(els.map((e) => e.code)),
    locations: new Set(locations.map((l) => l.code)),
    programmes: new Map(programmes.map((p) => [p.id, { institutionId: p.institution_id, status: p.status }])),
    units: new Map(units.map((u) => [u.id, { institutionId: u.institution_id, status: u.status, kind: u.kind }])),
    sessions: new Map(sessions.map((s) => [s.id, { institutionId: s.institution_id }])),
  };
}
