import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { CatalogTables } from './tables.js';

/*
 * Reads behind the public pages: one unit with what it contributes to a kwalificatie and where else
 * it is offered, and per kwalificatie or keuzedeel which institutions offer it, when and how.
 * Published data only, local and harvested alike.
 */

/** An offering as learners see it. */
export interface PublicOffering {
  readonly id: string;
  readonly intake: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly mode: string;
  readonly priceCents: number | null;
  readonly capacity: number | null;
  readonly applicationStart: string | null;
  readonly applicationEnd: string | null;
  readonly location: { readonly code: string; readonly name: string; readonly city: string; readonly province: string } | null;
}

const offeringsOf = (db: AnyDb, column: 'unit_id' | 'programme_id', ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : tablesOf<CatalogTables>(db)
        .selectFrom('catalog_offerings as o')
        .leftJoin('institution_locations as l', 'l.code', 'o.location_code')
        .select([
          'o.id',
          `o.${column} as parent`,
          'o.intake',
          'o.start_date',
          'o.end_date',
          'o.mode',
          'o.price_cents',
          'o.capacity',
          'o.application_start',
          'o.application_end',
          'o.location_code',
          'l.name as location_name',
          'l.city',
          'l.province',
        ])
        .where(`o.${column}`, 'in', ids)
        .where('o.status', '=', 'published')
        .orderBy('o.start_date', (ob) => ob.asc().nullsLast())
        .orderBy('o.id')
        .execute();

function toOffering(o: Awaited<ReturnType<typeof offeringsOf>>[number]): PublicOffering {
  return {
    id: o.id,
    intake: o.intake,
    startDate: o.start_date,
    endDate: o.end_date,
    mode: o.mode,
    priceCents: o.price_cents,
    capacity: o.capacity,
    applicationStart: o.application_start,
    applicationEnd: o.application_end,
    location:
      o.location_code && o.location_name
        ? { code: o.location_code, name: o.location_name, city: o.city ?? '', province: o.province ?? '' }
        : null,
  };
}

/** One published unit for its public page, or undefined. */
export async function publicUnit(db: AnyDb, id: string) {
  const d = tablesOf<CatalogTables>(db);
  const unit = await d
    .selectFrom('catalog_units as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .leftJoin('catalog_sources as src', 'src.id', 'u.source_id')
    .leftJoin('catalog_programmes as p', 'p.id', 'u.programme_id')
    .leftJoin('catalog_units as parent', 'parent.id', 'u.parent_unit_id')
    .select([
      'u.id',
      'u.kind',
      'u.code',
      'u.title',
      'u.description',
      'u.sbu',
      'u.duration_weeks',
      'u.learning_outcomes',
      'u.crebo',
      'u.elective_code',
      'u.covers',
      'u.leerwegen',
      'u.standalone',
      'u.leads_to',
      'u.is_demo',
      'u.institution_id',
      'i.name as institution_name',
      'i.website',
      'src.name as source_name',
      'p.title as programme_title',
      'parent.id as parent_id',
      'parent.title as parent_title',
    ])
    .where('u.id', '=', id)
    .where('u.status', '=', 'published')
    .executeTakeFirst();
  if (!unit) return undefined;
  const [offerings, qualification, elective, elsewhere] = await Promise.all([
    offeringsOf(db, 'unit_id', [id]),
    unit.crebo ? qualificationWithStructure(db, unit.crebo) : undefined,
    unit.elective_code
      ? d.selectFrom('electives').select(['code', 'title', 'sbu', 'niveau']).where('code', '=', unit.elective_code).executeTakeFirst()
      : undefined,
    elsewhereOffered(db, unit),
  ]);
  const covered = new Set(unit.covers);
  return {
    id: unit.id,
    kind: unit.kind,
    code: unit.code,
    title: unit.title,
    description: unit.description,
    sbu: unit.sbu,
    durationWeeks: unit.duration_weeks,
    learningOutcomes: unit.learning_outcomes,
    leerwegen: unit.leerwegen,
    standalone: unit.standalone,
    leadsTo: unit.leads_to,
    isDemo: unit.is_demo,
    institution: { id: unit.institution_id, name: unit.institution_name, website: unit.website },
    harvestedFrom: unit.source_name,
    programme: unit.programme_title,
    partOf: unit.parent_id ? { id: unit.parent_id, title: unit.parent_title ?? '' } : null,
    qualification: qualification
      ? {
          ...qualification,
          coreTasks: qualification.coreTasks.map((task) => ({
            ...task,
            covered: covered.has(task.code),
            workProcesses: task.workProcesses.map((wp) => ({ ...wp, covered: covered.has(wp.code) })),
          })),
        }
      : null,
    elective: elective ?? null,
    offerings: offerings.map(toOffering),
    elsewhere,
  };
}

async function qualificationWithStructure(db: AnyDb, crebo: string) {
  const d = tablesOf<CatalogTables>(db);
  const q = await d
    .selectFrom('qualifications as q')
    .innerJoin('qualification_dossiers as dos', 'dos.id', 'q.dossier_id')
    .select(['q.id', 'q.crebo', 'q.title', 'q.niveau', 'dos.domain'])
    .where('q.crebo', '=', crebo)
    .executeTakeFirst();
  if (!q) return undefined;
  const rows = await d
    .selectFrom('core_tasks as ct')
    .leftJoin('work_processes as wp', 'wp.core_task_id', 'ct.id')
    .select(['ct.code as task_code', 'ct.title as task_title', 'wp.code as wp_code', 'wp.title as wp_title'])
    .where('ct.qualification_id', '=', q.id)
    .orderBy('ct.code')
    .orderBy('wp.code')
    .execute();
  const tasks = new Map<string, { code: string; title: string; workProcesses: Array<{ code: string; title: string }> }>();
  for (const r of rows) {
    const task = tasks.get(r.task_code) ?? { code: r.task_code, title: r.task_title, workProcesses: [] };
    if (r.wp_code && r.wp_title) task.workProcesses.push({ code: r.wp_code, title: r.wp_title });
    tasks.set(r.task_code, task);
  }
  return { crebo: q.crebo, title: q.title, niveau: q.niveau, domain: q.domain, coreTasks: [...tasks.values()] };
}

/** Units of other institutions that cover the same kwalificatie (most shared core tasks first) or keuzedeel. */
async function elsewhereOffered(
  db: AnyDb,
  unit: { id: string; institution_id: string; crebo: string | null; elective_code: string | null; covers: string[] },
) {
  if (!unit.crebo && !unit.elective_code) return [];
  const same = unit.crebo ? sql`u.crebo = ${unit.crebo}` : sql`u.elective_code = ${unit.elective_code}`;
  const { rows } = await sql<{
    id: string;
    title: string;
    institution_name: string;
    shared: number;
    next_start: string | null;
    flexible: boolean;
    modes: string[];
    min_price_cents: number | null;
  }>`
    select u.id, u.title, t.institution_name, cardinality(array(select unnest(u.covers) intersect select unnest(${unit.covers}::text[])))::int as shared,
      s.next_start, s.flexible, s.modes, s.min_price_cents
    from catalog_units u join catalog_search s on s.unit_id = u.id join catalog_search_text t on t.unit_id = u.id
    where ${same} and u.id <> ${unit.id}::uuid and u.status = 'published' and u.institution_id <> ${unit.institution_id}::uuid
    order by shared desc, s.next_start asc nulls last, u.id
    limit 10`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    institutionName: r.institution_name,
    sharedCoverage: r.shared,
    nextStart: r.next_start,
    flexible: r.flexible,
    modes: r.modes,
    minPriceCents: r.min_price_cents,
  }));
}

/** Which institutions offer a kwalificatie (programmes and units) or a keuzedeel (units), when and how. */
export async function offeredBy(db: AnyDb, target: { crebo: string } | { elective: string }) {
  const d = tablesOf<CatalogTables>(db);
  const programmes =
    'crebo' in target
      ? await d
          .selectFrom('catalog_programmes as p')
          .innerJoin('institutions as i', 'i.id', 'p.institution_id')
          .select(['p.id', 'p.title', 'p.leerweg', 'p.institution_id', 'i.name as institution_name'])
          .where('p.crebo', '=', target.crebo)
          .where('p.status', '=', 'published')
          .orderBy('i.name')
          .execute()
      : [];
  const units = await d
    .selectFrom('catalog_search as s')
    .innerJoin('catalog_search_text as t', 't.unit_id', 's.unit_id')
    .select([
      's.unit_id',
      't.title',
      's.institution_id',
      't.institution_name',
      's.sbu',
      's.next_start',
      's.flexible',
      's.modes',
      's.min_price_cents',
      's.provinces',
    ])
    .where('crebo' in target ? 's.crebo' : 's.elective_code', '=', 'crebo' in target ? target.crebo : target.elective)
    .orderBy('t.institution_name')
    .orderBy('s.next_start', (ob) => ob.asc().nullsLast())
    .limit(500)
    .execute();
  const programmeOfferings = await offeringsOf(
    db,
    'programme_id',
    programmes.map((p) => p.id),
  );
  const byInstitution = new Map<string, { id: string; name: string; programmes: unknown[]; units: unknown[] }>();
  const entry = (id: string, name: string) => {
    const found = byInstitution.get(id) ?? { id, name, programmes: [], units: [] };
    byInstitution.set(id, found);
    return found;
  };
  for (const p of programmes) {
    entry(p.institution_id, p.institution_name).programmes.push({
      id: p.id,
      title: p.title,
      leerweg: p.leerweg,
      offerings: programmeOfferings.filter((o) => o.parent === p.id).map(toOffering),
    });
  }
  for (const u of units) {
    entry(u.institution_id, u.institution_name).units.push({
      id: u.unit_id,
      title: u.title,
      sbu: u.sbu,
      nextStart: u.next_start,
      flexible: u.flexible,
      modes: u.modes,
      minPriceCents: u.min_price_cents,
      provinces: u.provinces,
    });
  }
  return [...byInstitution.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
