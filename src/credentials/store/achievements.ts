import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { Alignment, AchievementFields } from '../domain/achievement.js';
import type { CredentialTables } from './tables.js';

const t = (db: AnyDb) => tablesOf<CredentialTables & { institutions: { id: string; name: string; code: string } }>(db);

/** An achievement as stored, with its institution's name. */
export type AchievementRow = NonNullable<Awaited<ReturnType<typeof findAchievement>>>;

/** The stored form of the fields (alignments resolved). */
export type AchievementValues = Omit<AchievementFields, 'alignments'> & { readonly alignments: readonly Alignment[] };

function columns(v: AchievementValues) {
  return {
    name: v.name,
    description: v.description,
    criteria: v.criteria,
    criteria_url: v.criteriaUrl ?? null,
    image: v.image ?? null,
    achievement_type: v.achievementType,
    sbu: v.sbu,
    eqf_level: v.eqfLevel ?? null,
    nlqf_level: v.nlqfLevel ?? null,
    learning_outcomes: JSON.stringify(v.learningOutcomes),
    assessment_type: v.assessmentType,
    participation: v.participation ?? null,
    quality_assurance: v.qualityAssurance ?? null,
    alignments: JSON.stringify(v.alignments),
    tags: JSON.stringify(v.tags),
    enrolment_open: v.enrolmentOpen,
  };
}

/** Stores a new achievement; returns its id. */
export async function insertAchievement(
  trx: AnyDb,
  input: { issuerId: string; institutionId: string; values: AchievementValues; isDemo?: boolean },
): Promise<string> {
  const row = await t(trx)
    .insertInto('credential_achievements')
    .values({ issuer_id: input.issuerId, institution_id: input.institutionId, ...columns(input.values), is_demo: input.isDemo ?? false })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces an achievement's fields (awarded credentials keep what they were signed with). */
export async function replaceAchievement(trx: AnyDb, id: string, values: AchievementValues): Promise<void> {
  await t(trx)
    .updateTable('credential_achievements')
    .set({ ...columns(values), updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Archives an achievement: no new awards, existing ones unaffected. */
export async function archiveAchievement(trx: AnyDb, id: string): Promise<void> {
  await t(trx)
    .updateTable('credential_achievements')
    .set({ archived_at: sql<Date>`now()`, enrolment_open: false, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** One achievement with its institution's name, or undefined. */
export async function findAchievement(db: AnyDb, id: string) {
  return t(db)
    .selectFrom('credential_achievements as a')
    .innerJoin('institutions as n', 'n.id', 'a.institution_id')
    .selectAll('a')
    .select(['n.name as institution_name'])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

/** Achievements of an institution (newest first), optionally with archived ones, with award counts. */
export async function listAchievements(
  db: AnyDb,
  filter: {
    institutionId?: string;
    enrolmentOpen?: boolean;
    includeArchived: boolean;
    q?: string | undefined;
    offset: number;
    limit: number;
  },
) {
  let query = t(db)
    .selectFrom('credential_achievements as a')
    .innerJoin('institutions as n', 'n.id', 'a.institution_id')
    .selectAll('a')
    .select([
      'n.name as institution_name',
      sql<number>`(select count(*)::int from credential_awards w where w.achievement_id = a.id)`.as('award_count'),
      sql<number>`count(*) over ()`.as('total'),
    ]);
  if (filter.institutionId) query = query.where('a.institution_id', '=', filter.institutionId);
  if (filter.enrolmentOpen !== undefined) query = query.where('a.enrolment_open', '=', filter.enrolmentOpen);
  if (!filter.includeArchived) query = query.where('a.archived_at', 'is', null);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('a.name', 'ilike', pattern), eb('a.description', 'ilike', pattern)]));
  }
  const rows = await query.orderBy('a.created_at', 'desc').orderBy('a.id').offset(filter.offset).limit(filter.limit).execute();
  return { items: rows, total: rows[0]?.total ?? 0 };
}

/** A demo achievement of an institution by name, or undefined. */
export async function findDemoAchievement(db: AnyDb, institutionId: string, name: string) {
  const row = await t(db)
    .selectFrom('credential_achievements')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('name', '=', name)
    .where('is_demo', '=', true)
    .executeTakeFirst();
  return row ? findAchievement(db, row.id) : undefined;
}
