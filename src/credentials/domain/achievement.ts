import { z } from 'zod';

/*
 * Achievements (badge classes) per Open Badges 3.0 plus the mbo rules: study load in SBU is always
 * required; a microcredential also needs an EQF level, learning outcomes, an assessment type, the
 * form of participation and its quality assurance (the Edubadges rules for microcredentials).
 */

/** The Open Badges 3.0 AchievementType vocabulary (an `ext:` value extends it). */
export const achievementTypes = [
  'Achievement',
  'ApprenticeshipCertificate',
  'Assessment',
  'Assignment',
  'AssociateDegree',
  'Award',
  'Badge',
  'BachelorDegree',
  'Certificate',
  'CertificateOfCompletion',
  'Certification',
  'CommunityService',
  'Competency',
  'Course',
  'CoCurricular',
  'Degree',
  'Diploma',
  'DoctoralDegree',
  'Fieldwork',
  'GeneralEducationDevelopment',
  'JourneymanCertificate',
  'LearningProgram',
  'License',
  'Membership',
  'ProfessionalDoctorate',
  'QualityAssuranceCredential',
  'MasterCertificate',
  'MasterDegree',
  'MicroCredential',
  'ResearchDoctorate',
  'SecondarySchoolDiploma',
] as const;
export type AchievementType = (typeof achievementTypes)[number];

/** How the learner's mastery is assessed. */
export const assessmentTypes = [
  'practical-assessment',
  'written-exam',
  'oral-exam',
  'portfolio',
  'project',
  'recognition-prior-learning',
  'participation-only',
] as const;
export type AssessmentType = (typeof assessmentTypes)[number];

/** How the learner takes part. */
export const participationForms = ['in-person', 'online', 'blended'] as const;

/** NLQF levels: Entree (instroom) and 1–8. */
export const nlqfLevels = ['entree', '1', '2', '3', '4', '5', '6', '7', '8'] as const;

/** What an achievement is aligned to: the qualification structure (SBB) or a catalogue unit. */
export const alignmentKinds = ['qualification', 'core-task', 'elective', 'catalog-unit'] as const;
export type AlignmentKind = (typeof alignmentKinds)[number];

/** An alignment as the issuer gives it; the platform resolves titles and URLs. */
export const alignmentInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('qualification'), crebo: z.string().regex(/^\d{5}$/) }).strict(),
  z
    .object({
      kind: z.literal('core-task'),
      crebo: z.string().regex(/^\d{5}$/),
      code: z.string().regex(/^[BP]\d-K\d+$/),
    })
    .strict(),
  z.object({ kind: z.literal('elective'), code: z.string().regex(/^K\d{4}$/) }).strict(),
  z
    .object({
      kind: z.literal('catalog-unit'),
      url: z.url({ protocol: /^https?$/ }).max(500),
      name: z.string().trim().min(1).max(200),
      code: z.string().trim().min(1).max(60).optional(),
    })
    .strict(),
]);
export type AlignmentInput = z.infer<typeof alignmentInput>;

/** A resolved alignment as stored and shown. */
export interface Alignment {
  readonly kind: AlignmentKind;
  readonly code: string;
  readonly name: string;
  readonly url: string;
  /** The kwalificatie a core task belongs to. */
  readonly crebo?: string;
}

const MAX_IMAGE_CHARS = 400_000;

/** An image: an https URL, or a PNG or SVG as a data URL (at most ~300 kB). */
export const imageField = z
  .string()
  .max(MAX_IMAGE_CHARS)
  .refine((v) => /^https:\/\/\S+$/.test(v) || /^data:image\/(png|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(v), {
    message: 'must be an https URL or a PNG/SVG data URL',
    params: { code: 'invalid-format' },
  });

const text = (max: number) => z.string().trim().min(1).max(max);

/** The fields of an achievement as issuer staff edit them. */
export const achievementFields = z
  .object({
    name: text(200),
    description: text(4000),
    criteria: text(4000).describe('What the learner has to do, in plain language (Markdown allowed)'),
    criteriaUrl: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .optional(),
    image: imageField.nullable().optional(),
    achievementType: z.union([z.enum(achievementTypes), z.string().regex(/^ext:[A-Za-z0-9._-]{1,60}$/)]),
    sbu: z.number().int().min(1).max(10_000).describe('Study load in hours (studiebelastingsuren); required in mbo'),
    eqfLevel: z.number().int().min(1).max(8).nullable().optional(),
    nlqfLevel: z.enum(nlqfLevels).nullable().optional(),
    learningOutcomes: z.array(text(500)).max(20).default([]),
    assessmentType: z.enum(assessmentTypes),
    participation: z.enum(participationForms).nullable().optional(),
    qualityAssurance: text(1000).nullable().optional(),
    alignments: z.array(alignmentInput).max(20).default([]),
    tags: z.array(text(50)).max(20).default([]),
    enrolmentOpen: z.boolean().default(false).describe('Learners may ask for this badge (enrolment requests)'),
  })
  .strict();
export type AchievementFields = z.output<typeof achievementFields>;

/** One broken mbo rule: which field and a stable code. */
export interface RuleIssue {
  readonly field: string;
  readonly code: 'required' | 'conflict';
  readonly message: string;
}

/** The mbo rules beyond the field formats: what a microcredential must carry. */
export function checkMboRules(fields: AchievementFields): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (fields.achievementType === 'MicroCredential') {
    const need = (field: string, present: boolean, what: string) => {
      if (!present) issues.push({ field, code: 'required', message: `a microcredential needs ${what}` });
    };
    need('eqfLevel', fields.eqfLevel != null, 'an EQF level');
    need('learningOutcomes', fields.learningOutcomes.length > 0, 'at least one learning outcome');
    need('participation', fields.participation != null, 'the form of participation');
    need('qualityAssurance', fields.qualityAssurance != null, 'a description of its quality assurance');
  }
  if (
    fields.eqfLevel != null &&
    fields.nlqfLevel != null &&
    fields.nlqfLevel !== 'entree' &&
    Number(fields.nlqfLevel) !== fields.eqfLevel
  ) {
    issues.push({ field: 'nlqfLevel', code: 'conflict', message: 'NLQF levels 1–8 equal the EQF level of the same number' });
  }
  if (fields.nlqfLevel === 'entree' && fields.eqfLevel != null && fields.eqfLevel !== 1) {
    issues.push({ field: 'nlqfLevel', code: 'conflict', message: 'NLQF Entree sits at EQF level 1' });
  }
  const keys = fields.alignments.map((a) => JSON.stringify(a));
  if (new Set(keys).size !== keys.length) issues.push({ field: 'alignments', code: 'conflict', message: 'an alignment is listed twice' });
  return issues;
}
