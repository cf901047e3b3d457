import { z } from 'zod';

/*
 * Items of the dossier, their kinds and where they come from. Pure: shared by the server and the web
 * app. Provenance decides who may change an item: the learner changes only what they declared
 * themselves; what an institution attested or an issuer signed is changed at its source.
 */

/** The kinds of item a dossier holds. */
export const itemKinds = ['diploma', 'credential', 'result', 'skill', 'work-experience', 'work-placement', 'portfolio'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** Where an item comes from. */
export const provenances = ['self-declared', 'institution-attested', 'signed'] as const;
export type Provenance = (typeof provenances)[number];

/** Kinds a learner may declare themselves (results come from institutions, credentials from an import). */
export const selfDeclarableKinds = ['diploma', 'skill', 'work-experience', 'work-placement', 'portfolio'] as const;
export type SelfDeclarableKind = (typeof selfDeclarableKinds)[number];

/** Kinds an institution system may push. */
export const institutionKinds = ['result', 'work-placement', 'diploma'] as const;
export type InstitutionKind = (typeof institutionKinds)[number];

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

/** Kind-specific fields (all optional, so that a learner can start small). */
export const itemDetailsSchemas = {
  diploma: z
    .object({
      issuerName: text(200).optional(),
      qualification: text(200).optional(),
      crebo: z
        .string()
        .regex(/^\d{5}$/)
        .optional(),
      level: z.number().int().min(1).max(8).optional(),
      awardedOn: isoDate.optional(),
    })
    .strict(),
  credential: z.object({}).strict(),
  result: z
    .object({
      unitCode: text(60).optional(),
      unitName: text(200).optional(),
      grade: text(20).optional(),
      passed: z.boolean().optional(),
      assessedOn: isoDate.optional(),
      crebo: z
        .string()
        .regex(/^\d{5}$/)
        .optional(),
    })
    .strict(),
  skill: z
    .object({
      level: z.enum(['basic', 'intermediate', 'advanced', 'expert']).optional(),
      escoUri: z.url({ protocol: /^https?$/ }).optional(),
    })
    .strict(),
  'work-experience': z
    .object({
      employer: text(200).optional(),
      role: text(200).optional(),
      startedOn: isoDate.optional(),
      endedOn: isoDate.optional(),
      hoursPerWeek: z.number().min(0).max(80).optional(),
    })
    .strict(),
  'work-placement': z
    .object({
      company: text(200).optional(),
      startedOn: isoDate.optional(),
      endedOn: isoDate.optional(),
      hours: z.number().int().min(0).max(10_000).optional(),
      assessment: text(2000).optional(),
      supervisor: text(200).optional(),
    })
    .strict(),
  portfolio: z
    .object({
      reflection: text(10_000).optional(),
    })
    .strict(),
} as const satisfies Record<ItemKind, z.ZodType>;

export type ItemDetails = Record<string, unknown>;

/** The facts about an item that decide what may happen to it. */
export interface ItemFacts {
  readonly provenance: Provenance;
}

/** A learner may edit or delete only what they declared themselves; deleting a signed import is allowed too (it is their copy). */
export function learnerMayEdit(item: ItemFacts): boolean {
  return item.provenance === 'self-declared';
}

/** A learner may remove self-declared items and their own copies of signed credentials, not institution attestations. */
export function learnerMayDelete(item: ItemFacts): boolean {
  return item.provenance !== 'institution-attested';
}

/** The date an item sorts by on the timeline: its own date when it has one, else when it was added. */
export function timelineDate(kind: ItemKind, details: ItemDetails, fallback: Date): Date {
  const keys: Record<ItemKind, string[]> = {
    diploma: ['awardedOn'],
    credential: [],
    result: ['assessedOn'],
    skill: [],
    'work-experience': ['startedOn'],
    'work-placement': ['startedOn'],
    portfolio: [],
  };
  for (const key of keys[kind]) {
    const value = details[key];
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  }
  return fallback;
}
