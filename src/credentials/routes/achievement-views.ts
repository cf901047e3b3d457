import { z } from 'zod';
import { alignmentKinds } from '../domain/achievement.js';
import type { AchievementView } from '../domain/credential.js';
import { urls, type CredentialsEnv } from '../env.js';
import type { AchievementRow } from '../store/achievements.js';

/** An achievement in the platform API. */
export const achievementJson = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  name: z.string(),
  description: z.string(),
  criteria: z.string(),
  criteriaUrl: z.string().nullable(),
  image: z.string().nullable(),
  imageUrl: z.string(),
  achievementType: z.string(),
  sbu: z.number().int(),
  eqfLevel: z.number().int().nullable(),
  nlqfLevel: z.string().nullable(),
  learningOutcomes: z.array(z.string()),
  assessmentType: z.string(),
  participation: z.string().nullable(),
  qualityAssurance: z.string().nullable(),
  alignments: z.array(
    z.object({ kind: z.enum(alignmentKinds), code: z.string(), crebo: z.string().optional(), name: z.string(), url: z.string() }),
  ),
  tags: z.array(z.string()),
  enrolmentOpen: z.boolean(),
  archived: z.boolean(),
  publicUrl: z.string().describe('The Open Badges Achievement document (also its identifier in credentials)'),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});

/** The API form of a stored achievement. */
export function toAchievementJson(env: Pick<CredentialsEnv, 'publicUrl'>, row: AchievementRow): z.infer<typeof achievementJson> {
  return {
    id: row.id,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    name: row.name,
    description: row.description,
    criteria: row.criteria,
    criteriaUrl: row.criteria_url,
    image: row.image,
    imageUrl: urls.achievementImage(env, row.id),
    achievementType: row.achievement_type,
    sbu: row.sbu,
    eqfLevel: row.eqf_level,
    nlqfLevel: row.nlqf_level,
    learningOutcomes: row.learning_outcomes,
    assessmentType: row.assessment_type,
    participation: row.participation,
    qualityAssurance: row.quality_assurance,
    alignments: row.alignments.map((a) => ({ ...a })),
    tags: row.tags,
    enrolmentOpen: row.enrolment_open,
    archived: row.archived_at !== null,
    publicUrl: urls.achievement(env, row.id),
    isDemo: row.is_demo,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The achievement as the credential builder needs it. */
export function toAchievementView(env: Pick<CredentialsEnv, 'publicUrl'>, row: AchievementRow): AchievementView {
  return {
    id: urls.achievement(env, row.id),
    name: row.name,
    description: row.description,
    criteria: row.criteria,
    criteriaUrl: row.criteria_url,
    imageUrl: urls.achievementImage(env, row.id),
    achievementType: row.achievement_type,
    sbu: row.sbu,
    eqfLevel: row.eqf_level,
    nlqfLevel: row.nlqf_level as AchievementView['nlqfLevel'],
    learningOutcomes: row.learning_outcomes,
    assessmentType: row.assessment_type as AchievementView['assessmentType'],
    participation: row.participation as AchievementView['participation'],
    qualityAssurance: row.quality_assurance,
    alignments: row.alignments,
    tags: row.tags,
  };
}
