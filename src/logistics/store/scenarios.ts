import { sql } from 'kysely';
import { tablesOf, type AnyDb, type PlatformTables } from '../../platform/index.js';
import type { ScenarioInputs } from '../domain/inputs.js';
import type { LogisticsTables } from './tables.js';

/** A scenario in a list (without its inputs). */
export interface ScenarioSummary {
  readonly id: string;
  readonly institutionId: string;
  readonly name: string;
  readonly description: string | null;
  readonly kind: 'baseline' | 'variant';
  readonly basedOnId: string | null;
  readonly ownerPersonId: string | null;
  readonly ownerName: string | null;
  readonly shared: boolean;
  readonly cellCount: number;
  readonly version: number;
  readonly isDemo: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A scenario with its inputs. */
export interface ScenarioRecord extends ScenarioSummary {
  readonly inputs: ScenarioInputs;
}

const t = (db: AnyDb) => tablesOf<LogisticsTables & Pick<PlatformTables, 'persons'>>(db);

function base(db: AnyDb) {
  return t(db)
    .selectFrom('logistics_scenarios as s')
    .leftJoin('persons as p', 'p.id', 's.owner_person_id')
    .select([
      's.id',
      's.institution_id',
      's.name',
      's.description',
      's.kind',
      's.based_on_id',
      's.owner_person_id',
      'p.display_name as owner_name',
      's.shared',
      's.cell_count',
      's.version',
      's.is_demo',
      's.created_at',
      's.updated_at',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

function summary(row: Row): ScenarioSummary {
  return {
    id: row.id,
    institutionId: row.institution_id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    basedOnId: row.based_on_id,
    ownerPersonId: row.owner_person_id,
    ownerName: row.owner_name,
    shared: row.shared,
    cellCount: row.cell_count,
    version: row.version,
    isDemo: row.is_demo,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Scenarios of an institution the viewer may see: shared ones and (for a person) their own. */
export async function listScenarios(db: AnyDb, institutionId: string, viewerPersonId: string | null): Promise<ScenarioSummary[]> {
  let query = base(db).where('s.institution_id', '=', institutionId);
  query = viewerPersonId
    ? query.where((eb) => eb.or([eb('s.shared', '=', true), eb('s.owner_person_id', '=', viewerPersonId)]))
    : query.where('s.shared', '=', true);
  const rows = await query.orderBy('s.kind').orderBy('s.updated_at', 'desc').orderBy('s.id').execute();
  return rows.map(summary);
}

/** One scenario with its inputs, whoever owns it (the caller checks visibility). */
export async function findScenario(db: AnyDb, id: string, options: { forUpdate?: boolean } = {}): Promise<ScenarioRecord | undefined> {
  let query = base(db).select('s.inputs').where('s.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('s');
  const row = await query.executeTakeFirst();
  return row ? { ...summary(row), inputs: row.inputs } : undefined;
}

/** What a new scenario holds. */
export interface NewScenario {
  readonly institutionId: string;
  readonly name: string;
  readonly description: string | null;
  readonly kind: 'baseline' | 'variant';
  readonly basedOnId: string | null;
  readonly ownerPersonId: string | null;
  readonly shared: boolean;
  readonly inputs: ScenarioInputs;
  readonly isDemo?: boolean;
}

export async function insertScenario(db: AnyDb, s: NewScenario): Promise<string> {
  const row = await t(db)
    .insertInto('logistics_scenarios')
    .values({
      institution_id: s.institutionId,
      name: s.name,
      description: s.description,
      kind: s.kind,
      based_on_id: s.basedOnId,
      owner_person_id: s.ownerPersonId,
      shared: s.shared,
      inputs: JSON.stringify(s.inputs),
      cell_count: s.inputs.cells.length,
      is_demo: s.isDemo ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Fields a save may change. */
export interface ScenarioPatch {
  readonly name?: string | undefined;
  readonly description?: string | null | undefined;
  readonly shared?: boolean | undefined;
  readonly inputs?: ScenarioInputs | undefined;
}

/** Saves a patch and bumps the version; returns the new version. */
export async function updateScenario(db: AnyDb, id: string, patch: ScenarioPatch): Promise<number> {
  const row = await t(db)
    .updateTable('logistics_scenarios')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.shared !== undefined ? { shared: patch.shared } : {}),
      ...(patch.inputs !== undefined ? { inputs: JSON.stringify(patch.inputs), cell_count: patch.inputs.cells.length } : {}),
      version: sql<number>`version + 1`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

export async function deleteScenario(db: AnyDb, id: string): Promise<void> {
  await t(db).deleteFrom('logistics_scenarios').where('id', '=', id).execute();
}

/** True when the institution already has the demo scenario of this name. */
export async function demoScenarioExists(db: AnyDb, institutionId: string, name: string): Promise<boolean> {
  const row = await t(db)
    .selectFrom('logistics_scenarios')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('name', '=', name)
    .where('is_demo', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}
