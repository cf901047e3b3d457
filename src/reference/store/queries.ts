import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { ReferenceTables } from './tables.js';

/** A kwalificatie in a list. */
export interface QualificationSummary {
  readonly id: string;
  readonly crebo: string;
  readonly title: string;
  readonly niveau: number;
  readonly domain: string;
  readonly dossier: { readonly crebo: string; readonly title: string };
  readonly validFrom: string | null;
  readonly validUntil: string | null;
  readonly isDemo: boolean;
}

/** A kwalificatie with its core tasks, work processes and the keuzedelen that fit it. */
export interface QualificationDetail extends QualificationSummary {
  readonly coreTasks: Array<{
    readonly code: string;
    readonly title: string;
    readonly workProcesses: Array<{ readonly code: string; readonly title: string }>;
  }>;
  readonly electives: ElectiveSummary[];
}

/** A keuzedeel in a list. */
export interface ElectiveSummary {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly sbu: number;
  readonly niveau: number | null;
  readonly validFrom: string | null;
  readonly isDemo: boolean;
}

/** An institution with its locations. */
export interface InstitutionDetail {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly city: string | null;
  readonly website: string | null;
  readonly isDemo: boolean;
  readonly locations: Array<{
    readonly id: string;
    readonly code: string;
    readonly name: string;
    readonly street: string | null;
    readonly postcode: string | null;
    readonly city: string;
    readonly province: string;
  }>;
}

/** A page of results with the total count. */
export interface Page<T> {
  readonly items: T[];
  readonly total: number;
}

/** Escapes LIKE wildcards so that a search for "50%" means those characters. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function qualificationBase(db: AnyDb) {
  return tablesOf<ReferenceTables>(db)
    .selectFrom('qualifications as q')
    .innerJoin('qualification_dossiers as d', 'd.id', 'q.dossier_id')
    .select([
      'q.id',
      'q.crebo',
      'q.title',
      'q.niveau',
      'd.domain',
      'd.crebo as dossier_crebo',
      'd.title as dossier_title',
      'q.valid_from',
      'q.valid_until',
      'q.is_demo',
    ]);
}

type QualificationRow = Awaited<ReturnType<ReturnType<typeof qualificationBase>['executeTakeFirstOrThrow']>>;

function toQualificationSummary(r: QualificationRow): QualificationSummary {
  return {
    id: r.id,
    crebo: r.crebo,
    title: r.title,
    niveau: r.niveau,
    domain: r.domain,
    dossier: { crebo: r.dossier_crebo, title: r.dossier_title },
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    isDemo: r.is_demo,
  };
}

/** Kwalificaties matching the filters, ordered by title then crebo. */
export async function findQualifications(
  db: AnyDb,
  filter: { q?: string | undefined; niveau?: number | undefined; domain?: string | undefined; offset: number; limit: number },
): Promise<Page<QualificationSummary>> {
  let query = qualificationBase(db);
  if (filter.q) {
    const pattern = likePattern(filter.q);
    query = query.where((eb) => eb.or([eb('q.title', 'ilike', pattern), eb('q.crebo', 'like', pattern), eb('d.title', 'ilike', pattern)]));
  }
  if (filter.niveau !== undefined) query = query.where('q.niveau', '=', filter.niveau);
  if (filter.domain) query = query.where('d.domain', '=', filter.domain);
  const rows = await query
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy('q.title')
    .orderBy('q.crebo')
    .offset(filter.offset)
    .limit(filter.limit)
    .execute();
  return {
    items: rows.map(toQualificationSummary),
    total: rows[0]?.total ?? (filter.offset > 0 ? await countQualifications(db, filter) : 0),
  };
}

async function countQualifications(
  db: AnyDb,
  filter: { q?: string | undefined; niveau?: number | undefined; domain?: string | undefined },
): Promise<number> {
  const page = await findQualifications(db, { ...filter, offset: 0, limit: 1 });
  return page.total;
}

/** One kwalificatie by crebo, with its structure, or undefined. */
export async function findQualification(db: AnyDb, crebo: string): Promise<QualificationDetail | undefined> {
  const t = tablesOf<ReferenceTables>(db);
  const row = await qualificationBase(db).where('q.crebo', '=', crebo).executeTakeFirst();
  if (!row) return undefined;
  const [tasks, processes, electives] = await Promise.all([
    t.selectFrom('core_tasks').select(['id', 'code', 'title']).where('qualification_id', '=', row.id).orderBy('code').execute(),
    t
      .selectFrom('work_processes as w')
      .innerJoin('core_tasks as c', 'c.id', 'w.core_task_id')
      .select(['w.core_task_id', 'w.code', 'w.title'])
      .where('c.qualification_id', '=', row.id)
      .orderBy('w.code')
      .execute(),
    t
      .selectFrom('qualification_electives as qe')
      .innerJoin('electives as e', 'e.id', 'qe.elective_id')
      .select(['e.id', 'e.code', 'e.title', 'e.sbu', 'e.niveau', 'e.valid_from', 'e.is_demo'])
      .where('qe.qualification_id', '=', row.id)
      .orderBy('e.code')
      .execute(),
  ]);
  return {
    ...toQualificationSummary(row),
    coreTasks: tasks.map((task) => ({
      code: task.code,
      title: task.title,
      workProcesses: processes.filter((p) => p.core_task_id === task.id).map((p) => ({ code: p.code, title: p.title })),
    })),
    electives: electives.map(toElectiveSummary),
  };
}

function toElectiveSummary(r: {
  id: string;
  code: string;
  title: string;
  sbu: number;
  niveau: number | null;
  valid_from: string | null;
  is_demo: boolean;
}): ElectiveSummary {
  return { id: r.id, code: r.code, title: r.title, sbu: r.sbu, niveau: r.niveau, validFrom: r.valid_from, isDemo: r.is_demo };
}

/** Keuzedelen matching the filters, ordered by title then code. */
export async function findElectives(
  db: AnyDb,
  filter: { q?: string | undefined; niveau?: number | undefined; sbu?: number | undefined; offset: number; limit: number },
): Promise<Page<ElectiveSummary>> {
  let query = tablesOf<ReferenceTables>(db)
    .selectFrom('electives')
    .select(['id', 'code', 'title', 'sbu', 'niveau', 'valid_from', 'is_demo']);
  if (filter.q) {
    const pattern = likePattern(filter.q);
    query = query.where((eb) => eb.or([eb('title', 'ilike', pattern), eb('code', 'ilike', pattern)]));
  }
  if (filter.niveau !== undefined) query = query.where('niveau', '=', filter.niveau);
  if (filter.sbu !== undefined) query = query.where('sbu', '=', filter.sbu);
  const rows = await query
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy('title')
    .orderBy('code')
    .offset(filter.offset)
    .limit(filter.limit)
    .execute();
  return { items: rows.map(toElectiveSummary), total: rows[0]?.total ?? 0 };
}

/** One keuzedeel by code with the kwalificaties it fits, or undefined. */
export async function findElective(
  db: AnyDb,
  code: string,
): Promise<(ElectiveSummary & { qualifications: QualificationSummary[] }) | undefined> {
  const t = tablesOf<ReferenceTables>(db);
  const row = await t
    .selectFrom('electives')
    .select(['id', 'code', 'title', 'sbu', 'niveau', 'valid_from', 'is_demo'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) return undefined;
  const qualifications = await qualificationBase(db)
    .innerJoin('qualification_electives as qe', 'qe.qualification_id', 'q.id')
    .where('qe.elective_id', '=', row.id)
    .orderBy('q.title')
    .execute();
  return { ...toElectiveSummary(row), qualifications: qualifications.map(toQualificationSummary) };
}

/** Distinct domains with the number of kwalificaties in each. */
export async function findDomains(db: AnyDb): Promise<Array<{ domain: string; qualifications: number }>> {
  const rows = await tablesOf<ReferenceTables>(db)
    .selectFrom('qualification_dossiers as d')
    .innerJoin('qualifications as q', 'q.dossier_id', 'd.id')
    .select(['d.domain', sql<number>`count(*)::int`.as('qualifications')])
    .groupBy('d.domain')
    .orderBy('d.domain')
    .execute();
  return rows;
}

/** Institutions (optionally matching `q`) with their locations, ordered by name. */
export async function findInstitutions(
  db: AnyDb,
  filter: { q?: string | undefined; ids?: readonly string[] },
): Promise<InstitutionDetail[]> {
  const t = tablesOf<ReferenceTables>(db);
  let query = t.selectFrom('institutions').select(['id', 'code', 'name', 'short_name', 'city', 'website', 'is_demo']);
  if (filter.q) {
    const pattern = likePattern(filter.q);
    query = query.where((eb) =>
      eb.or([eb('name', 'ilike', pattern), eb('short_name', 'ilike', pattern), eb('code', 'ilike', pattern), eb('city', 'ilike', pattern)]),
    );
  }
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    query = query.where('id', 'in', [...filter.ids]);
  }
  const institutions = await query.orderBy('name').orderBy('code').execute();
  if (institutions.length === 0) return [];
  const locations = await t
    .selectFrom('institution_locations')
    .select(['id', 'institution_id', 'code', 'name', 'street', 'postcode', 'city', 'province'])
    .where(
      'institution_id',
      'in',
      institutions.map((i) => i.id),
    )
    .orderBy('code')
    .execute();
  return institutions.map((i) => ({
    id: i.id,
    code: i.code,
    name: i.name,
    shortName: i.short_name,
    city: i.city,
    website: i.website,
    isDemo: i.is_demo,
    locations: locations
      .filter((l) => l.institution_id === i.id)
      .map((l) => ({ id: l.id, code: l.code, name: l.name, street: l.street, postcode: l.postcode, city: l.city, province: l.province })),
  }));
}

/** The administrative record of one institution (one indexed read), or undefined. */
export async function findInstitutionRecord(db: AnyDb, id: string) {
  return tablesOf<ReferenceTables>(db)
    .selectFrom('institutions')
    .select(['id', 'code', 'name', 'short_name', 'city', 'website', 'contact_email', 'is_demo', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Names of the institutions among `ids` (for role descriptions). */
export async function institutionNames(db: AnyDb, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tablesOf<ReferenceTables>(db)
    .selectFrom('institutions')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
