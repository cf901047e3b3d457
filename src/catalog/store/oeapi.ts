import { sql, type RawBuilder } from 'kysely';
import type { AnyDb } from '../../platform/index.js';
import { modeFromOeapi, niveauOfLevel } from '../domain/codes.js';
import type { OfferingRow, OrganisationRow, ProgrammeRow, SessionRow, UnitRow } from '../domain/oeapi-map.js';
import { likePattern, type FieldType, type FilterCondition, type FilterQuery } from '../domain/oeapi-query.js';

/*
 * The SQL behind the OEAPI read API: published local items only (harvested data is served by its own
 * source), in id order so that paging is deterministic.
 */

/** A filterable field: its SQL expression, type and how a value in a filter maps to a stored value. */
interface Field {
  readonly expr: RawBuilder<unknown>;
  readonly type: FieldType;
  readonly map?: (value: string) => string | number | null;
}

type Fields = Readonly<Record<string, Field>>;

const levelToNiveau = (v: string) => niveauOfLevel(v) ?? -1;
const oeapiMode = (v: string) => modeFromOeapi(v) ?? v;

const unitFields: Fields = {
  primaryCode: { expr: sql`u.code`, type: 'text' },
  name: { expr: sql`u.title`, type: 'text' },
  level: { expr: sql`s.niveau`, type: 'enum', map: levelToNiveau },
  'studyLoad.value': { expr: sql`u.sbu`, type: 'int' },
  modesOfDelivery: { expr: sql`s.modes`, type: 'array', map: oeapiMode },
  organisationId: { expr: sql`u.institution_id::text`, type: 'enum' },
  crebo: { expr: sql`u.crebo`, type: 'nullable-text' },
  keuzedeel: { expr: sql`u.elective_code`, type: 'nullable-text' },
  lastModified: { expr: sql`u.modified_at`, type: 'date' },
};

const programmeFields: Fields = {
  primaryCode: { expr: sql`p.code`, type: 'text' },
  name: { expr: sql`p.title`, type: 'text' },
  crebo: { expr: sql`p.crebo`, type: 'text' },
  level: { expr: sql`p.niveau`, type: 'enum', map: levelToNiveau },
  modeOfStudy: { expr: sql`case p.leerweg when 'BBL' then 'dual_training' else 'full_time' end`, type: 'enum' },
  organisationId: { expr: sql`p.institution_id::text`, type: 'enum' },
  lastModified: { expr: sql`p.modified_at`, type: 'date' },
};

const sessionFields: Fields = {
  primaryCode: { expr: sql`a.code`, type: 'text' },
  name: { expr: sql`a.name`, type: 'text' },
  academicSessionType: { expr: sql`a.session_type`, type: 'enum' },
  startDateTime: { expr: sql`a.start_date::timestamptz`, type: 'date' },
  endDateTime: { expr: sql`a.end_date::timestamptz`, type: 'date' },
  organisationId: { expr: sql`a.institution_id::text`, type: 'enum' },
};

const organisationFields: Fields = {
  primaryCode: { expr: sql`i.code`, type: 'text' },
  name: { expr: sql`i.name`, type: 'text' },
};

const offeringFields: Fields = {
  primaryCode: { expr: sql`o.code`, type: 'text' },
  startDateTime: { expr: sql`o.start_date::timestamptz`, type: 'date' },
  endDateTime: { expr: sql`o.end_date::timestamptz`, type: 'date' },
  modesOfDelivery: { expr: sql`array[o.mode]`, type: 'array', map: oeapiMode },
  intakeType: { expr: sql`o.intake`, type: 'enum' },
  rioLocationCode: { expr: sql`o.location_code`, type: 'nullable-text' },
  priceCents: { expr: sql`o.price_cents`, type: 'int' },
  organisationId: { expr: sql`o.institution_id::text`, type: 'enum' },
  lastModified: { expr: sql`o.modified_at`, type: 'date' },
};

/** The filterable fields of each collection, by type: the service root documents them. */
export const filterFields = {
  courses: typesOf(unitFields),
  'learning-components': typesOf(unitFields),
  programmes: typesOf(programmeFields),
  'academic-sessions': typesOf(sessionFields),
  organisations: typesOf(organisationFields),
  offerings: typesOf(offeringFields),
} as const;

function typesOf(fields: Fields): Record<string, FieldType> {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.type]));
}

function condition(fields: Fields, c: FilterCondition): RawBuilder<unknown> {
  const field = fields[c.field];
  if (!field) return sql`false`;
  const mapped = c.values.map((v) => (field.map ? field.map(v) : v));
  const { expr } = field;
  switch (c.op) {
    case 'in':
      return field.type === 'int'
        ? sql`${expr} = any(${mapped.map(Number)}::int[])`
        : sql`${expr}::text = any(${mapped.map(String)}::text[])`;
    case 'not_in':
      return sql`coalesce(${expr}::text, '') <> all(${mapped.map(String)}::text[])`;
    case 'like':
      return sql`${expr} ilike ${likePattern(c.value)}`;
    case 'not_like':
      return sql`coalesce(${expr}, '') not ilike ${likePattern(c.value)}`;
    case 'is':
      return c.value === 'empty' ? sql`(${expr} is null or ${expr}::text = '')` : sql`(${expr} is not null and ${expr}::text <> '')`;
    case 'gt_int':
      return sql`${expr} > ${Number(c.value)}`;
    case 'lt_int':
      return sql`${expr} < ${Number(c.value)}`;
    case 'gt_date':
      return sql`${expr} > ${c.value}::timestamptz`;
    case 'lt_date':
      return sql`${expr} < ${c.value}::timestamptz`;
    case 'any_in_array':
      return sql`${expr} && ${mapped.map(String)}::text[]`;
    case 'all_in_array':
      return sql`${expr} @> ${mapped.map(String)}::text[]`;
    default:
      return sql`false`;
  }
}

function filterSql(fields: Fields, filter: FilterQuery): RawBuilder<unknown>[] {
  const out = filter.and.map((c) => condition(fields, c));
  if (filter.or.length > 0)
    out.push(
      sql`(${sql.join(
        filter.or.map((c) => condition(fields, c)),
        sql` or `,
      )})`,
    );
  return out;
}

function where(conditions: RawBuilder<unknown>[]): RawBuilder<unknown> {
  return conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);
}

/** A page request: filters plus offset and the number of rows to fetch (one more than the page, to know about the next). */
export interface PageRequest {
  readonly filter: FilterQuery;
  readonly q: string | undefined;
  readonly offset: number;
  readonly limit: number;
}

/** True when a filter asks for changes since a moment: then retired items come along, so that harvesters see them go. */
function followsChanges(filter: FilterQuery): boolean {
  return filter.and.some((c) => c.field === 'lastModified') || filter.or.some((c) => c.field === 'lastModified');
}

/** `q`: a case-insensitive substring of any of the columns (no wildcards, no stemming, as the specification says). */
function contains(q: string | undefined, ...columns: RawBuilder<unknown>[]): RawBuilder<unknown> | null {
  if (!q) return null;
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`(${sql.join(
    columns.map((c) => sql`${c} ilike ${pattern}`),
    sql` or `,
  )})`;
}

async function rows<T>(db: AnyDb, query: RawBuilder<T>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

const unitColumns = sql`u.id, u.institution_id, u.kind, u.component_type, u.code, u.title, u.description, u.sbu, u.duration_weeks,
  u.learning_outcomes, u.crebo, u.elective_code, u.covers, u.leerwegen, u.standalone, u.leads_to, u.language, u.programme_id,
  u.parent_unit_id, coalesce(s.niveau, q.niveau, e.niveau) as niveau, s.modes, u.published_at, u.retired_at`;
const unitJoins = sql`from catalog_units u
  left join catalog_search s on s.unit_id = u.id
  left join qualifications q on s.unit_id is null and q.crebo = u.crebo
  left join electives e on s.unit_id is null and e.code = u.elective_code`;

/** The filters of a list of units (in terms of `u`, the unit, and `s`, its search row). */
function unitConditions(
  kind: 'course' | 'learning_component',
  scope: { organisationId?: string; programmeId?: string; courseId?: string },
  page: UnitPageRequest,
): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [sql`u.kind = ${kind}`, sql`u.source_id is null`];
  conditions.push(followsChanges(page.filter) ? sql`u.status in ('published', 'retired') and u.version > 0` : sql`u.status = 'published'`);
  if (scope.organisationId) conditions.push(sql`u.institution_id = ${scope.organisationId}::uuid`);
  if (scope.programmeId) conditions.push(sql`u.programme_id = ${scope.programmeId}::uuid`);
  if (scope.courseId) conditions.push(sql`u.parent_unit_id = ${scope.courseId}::uuid`);
  if (page.level !== undefined) conditions.push(sql`s.niveau = ${page.level ?? -1}`);
  if (page.mode) conditions.push(sql`s.modes && array[${page.mode}]::text[]`);
  if (page.language) conditions.push(sql`u.language like ${`${page.language}%`}`);
  if (page.primaryCode) conditions.push(sql`u.code = ${page.primaryCode}`);
  const text = contains(page.q, sql`u.title`, sql`u.description`);
  if (text) conditions.push(text);
  conditions.push(...filterSql(unitFields, page.filter));
  return conditions;
}

/** A page of units: filters and the unit parameters of the specification. */
export type UnitPageRequest = PageRequest & {
  level?: number | null;
  mode?: string | null;
  language?: string | undefined;
  primaryCode?: string | undefined;
};

/** Courses or learning components, optionally of one organisation, programme or course. */
export async function listUnits(
  db: AnyDb,
  kind: 'course' | 'learning_component',
  scope: { organisationId?: string; programmeId?: string; courseId?: string },
  page: UnitPageRequest,
): Promise<UnitRow[]> {
  return rows(
    db,
    sql<UnitRow>`select ${unitColumns} ${unitJoins} where ${where(unitConditions(kind, scope, page))} order by u.id limit ${page.limit} offset ${page.offset}`,
  );
}

/**
 * The same page as `listUnits`, as the stored OEAPI documents (null for a unit that has none), or
 * undefined when the page follows changes (retired units have no document).
 */
export async function listUnitDocuments(
  db: AnyDb,
  kind: 'course' | 'learning_component',
  scope: { organisationId?: string; programmeId?: string; courseId?: string },
  page: UnitPageRequest,
  consumer: boolean,
): Promise<Array<{ id: string; document: string | null }> | undefined> {
  if (followsChanges(page.filter)) return undefined;
  return rows(
    db,
    sql<{ id: string; document: string | null }>`select u.id, ${consumer ? sql`d.mbo` : sql`d.plain`} as document
      from catalog_units u left join catalog_search s on s.unit_id = u.id left join catalog_oeapi_documents d on d.unit_id = u.id
      where ${where(unitConditions(kind, scope, page))} order by u.id limit ${page.limit} offset ${page.offset}`,
  );
}

/** Published or retired local units by id, in id order. */
export async function unitsByIds(db: AnyDb, ids: readonly string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return rows(
    db,
    sql<UnitRow>`select ${unitColumns} ${unitJoins} where u.id = any(${[...ids]}::uuid[]) and u.source_id is null order by u.id`,
  );
}

/** One published or retired local unit of a kind. */
export async function findUnit(db: AnyDb, kind: 'course' | 'learning_component', id: string): Promise<UnitRow | undefined> {
  const [row] = await rows(
    db,
    sql<UnitRow>`select ${unitColumns} ${unitJoins} where u.id = ${id}::uuid and u.kind = ${kind} and u.source_id is null and u.status in ('published', 'retired')`,
  );
  return row;
}

const programmeColumns = sql`p.id, p.institution_id, p.code, p.title, p.description, p.crebo, p.leerweg, p.niveau, p.duration_months, p.published_at, p.retired_at`;

export async function listProgrammes(
  db: AnyDb,
  scope: { organisationId?: string },
  page: PageRequest & { niveau?: number | null; primaryCode?: string | undefined },
): Promise<ProgrammeRow[]> {
  const conditions: RawBuilder<unknown>[] = [sql`p.source_id is null`];
  conditions.push(followsChanges(page.filter) ? sql`p.status in ('published', 'retired') and p.version > 0` : sql`p.status = 'published'`);
  if (scope.organisationId) conditions.push(sql`p.institution_id = ${scope.organisationId}::uuid`);
  if (page.niveau !== undefined) conditions.push(sql`p.niveau = ${page.niveau ?? -1}`);
  if (page.primaryCode) conditions.push(sql`p.code = ${page.primaryCode}`);
  const text = contains(page.q, sql`p.title`, sql`p.description`);
  if (text) conditions.push(text);
  conditions.push(...filterSql(programmeFields, page.filter));
  return rows(
    db,
    sql<ProgrammeRow>`select ${programmeColumns} from catalog_programmes p where ${where(conditions)} order by p.id limit ${page.limit} offset ${page.offset}`,
  );
}

export async function findProgramme(db: AnyDb, id: string): Promise<ProgrammeRow | undefined> {
  const [row] = await rows(
    db,
    sql<ProgrammeRow>`select ${programmeColumns} from catalog_programmes p where p.id = ${id}::uuid and p.source_id is null and p.status in ('published', 'retired')`,
  );
  return row;
}

const sessionColumns = sql`a.id, a.code, a.name, a.session_type, a.start_date, a.end_date, a.parent_id`;

export async function listSessions(
  db: AnyDb,
  page: PageRequest & { sessionType?: string | undefined; parent?: string | undefined; primaryCode?: string | undefined },
): Promise<SessionRow[]> {
  const conditions: RawBuilder<unknown>[] = [sql`a.source_id is null`];
  if (page.sessionType) conditions.push(sql`a.session_type = ${page.sessionType}`);
  if (page.parent) conditions.push(sql`a.parent_id = ${page.parent}::uuid`);
  if (page.primaryCode) conditions.push(sql`a.code = ${page.primaryCode}`);
  const text = contains(page.q, sql`a.name`);
  if (text) conditions.push(text);
  conditions.push(...filterSql(sessionFields, page.filter));
  return rows(
    db,
    sql<SessionRow>`select ${sessionColumns} from catalog_sessions a where ${where(conditions)} order by a.id limit ${page.limit} offset ${page.offset}`,
  );
}

export async function findSession(db: AnyDb, id: string): Promise<SessionRow | undefined> {
  const [row] = await rows(
    db,
    sql<SessionRow>`select ${sessionColumns} from catalog_sessions a where a.id = ${id}::uuid and a.source_id is null`,
  );
  return row;
}

export async function sessionsByIds(db: AnyDb, ids: readonly string[]): Promise<SessionRow[]> {
  if (ids.length === 0) return [];
  return rows(db, sql<SessionRow>`select ${sessionColumns} from catalog_sessions a where a.id = any(${[...ids]}::uuid[])`);
}

const organisationSelect = sql`select i.id, i.code, i.name, i.short_name, i.website,
  coalesce((select json_agg(json_build_object('code', l.code, 'name', l.name, 'street', l.street, 'postcode', l.postcode, 'city', l.city, 'province', l.province) order by l.code)
    from institution_locations l where l.institution_id = i.id), '[]'::json) as locations
  from institutions i`;

export async function listOrganisations(db: AnyDb, page: PageRequest & { primaryCode?: string | undefined }): Promise<OrganisationRow[]> {
  const conditions: RawBuilder<unknown>[] = [];
  if (page.primaryCode) conditions.push(sql`i.code = ${page.primaryCode}`);
  const text = contains(page.q, sql`i.name`, sql`i.short_name`);
  if (text) conditions.push(text);
  conditions.push(...filterSql(organisationFields, page.filter));
  return rows(
    db,
    sql<OrganisationRow>`${organisationSelect} where ${where(conditions)} order by i.id limit ${page.limit} offset ${page.offset}`,
  );
}

export async function organisationsByIds(db: AnyDb, ids: readonly string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return rows(db, sql<OrganisationRow>`${organisationSelect} where i.id = any(${[...ids]}::uuid[])`);
}

const offeringSelect = sql`select o.id, o.institution_id, o.code, o.programme_id, o.unit_id, u.kind as unit_kind,
  coalesce(p.title, u.title) as parent_title, o.session_id, o.location_code, l.street as location_street,
  l.postcode as location_postcode, l.city as location_city, o.intake, o.start_date, o.end_date, o.mode, o.price_cents,
  o.capacity, o.application_start, o.application_end, o.status
  from catalog_offerings o
  left join catalog_units u on u.id = o.unit_id
  left join catalog_programmes p on p.id = o.programme_id
  left join institution_locations l on l.code = o.location_code`;

/** What kind of offering a list holds. */
export type OfferingKind = 'programme' | 'course' | 'learning_component' | 'any';

export async function listOfferings(
  db: AnyDb,
  kind: OfferingKind,
  scope: { organisationId?: string; programmeId?: string; unitId?: string; courseId?: string; sessionId?: string },
  page: PageRequest & { state?: string | undefined; since?: string | undefined; until?: string | undefined; mode?: string | null },
): Promise<OfferingRow[]> {
  const conditions: RawBuilder<unknown>[] = [sql`o.source_id is null`];
  if (kind === 'programme') conditions.push(sql`o.programme_id is not null`);
  if (kind === 'course' || kind === 'learning_component') conditions.push(sql`u.kind = ${kind}`);
  if (page.state === 'cancelled' || page.state === 'inactive') conditions.push(sql`o.status = 'retired'`);
  else if (page.state === 'active') conditions.push(sql`o.status = 'published'`);
  else if (page.state) conditions.push(sql`false`);
  else
    conditions.push(
      followsChanges(page.filter) ? sql`o.status in ('published', 'retired') and o.version > 0` : sql`o.status = 'published'`,
    );
  if (scope.organisationId) conditions.push(sql`o.institution_id = ${scope.organisationId}::uuid`);
  if (scope.programmeId) conditions.push(sql`o.programme_id = ${scope.programmeId}::uuid`);
  if (scope.unitId) conditions.push(sql`o.unit_id = ${scope.unitId}::uuid`);
  if (scope.courseId) conditions.push(sql`u.parent_unit_id = ${scope.courseId}::uuid`);
  if (scope.sessionId) conditions.push(sql`o.session_id = ${scope.sessionId}::uuid`);
  if (page.since) conditions.push(sql`coalesce(o.start_date, o.application_start, '9999-12-31'::date) >= ${page.since}::date`);
  if (page.until) conditions.push(sql`coalesce(o.end_date, o.start_date, '0001-01-01'::date) <= ${page.until}::date`);
  if (page.mode) conditions.push(sql`o.mode = ${page.mode}`);
  const text = contains(page.q, sql`coalesce(p.title, u.title)`);
  if (text) conditions.push(text);
  conditions.push(...filterSql(offeringFields, page.filter));
  return rows(db, sql<OfferingRow>`${offeringSelect} where ${where(conditions)} order by o.id limit ${page.limit} offset ${page.offset}`);
}

export async function findOffering(db: AnyDb, id: string): Promise<OfferingRow | undefined> {
  const [row] = await rows(
    db,
    sql<OfferingRow>`${offeringSelect} where o.id = ${id}::uuid and o.source_id is null and o.status in ('published', 'retired')`,
  );
  return row;
}

/** Whether an organisation exists (sub-collections of an unknown organisation are a 404). */
export async function organisationExists(db: AnyDb, id: string): Promise<boolean> {
  return (await rows(db, sql`select 1 from institutions where id = ${id}::uuid`)).length > 0;
}
