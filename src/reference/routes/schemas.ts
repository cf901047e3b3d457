import { z } from 'zod';

/** Response shapes of the reference API. */
export const qualificationSummary = z.object({
  id: z.uuid(),
  crebo: z.string(),
  title: z.string(),
  niveau: z.number().int(),
  domain: z.string(),
  dossier: z.object({ crebo: z.string(), title: z.string() }),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  isDemo: z.boolean().describe('True for demo data whose details are not verified against SBB'),
});

export const electiveSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  sbu: z.number().int().describe('Study load in hours (studiebelastingsuren), a multiple of 240'),
  niveau: z.number().int().nullable(),
  validFrom: z.string().nullable(),
  isDemo: z.boolean(),
});

export const qualificationDetail = qualificationSummary.extend({
  coreTasks: z.array(
    z.object({ code: z.string(), title: z.string(), workProcesses: z.array(z.object({ code: z.string(), title: z.string() })) }),
  ),
  electives: z.array(electiveSummary),
});

export const electiveDetail = electiveSummary.extend({ qualifications: z.array(qualificationSummary) });

export const location = z.object({
  id: z.uuid(),
  code: z.string().describe('RIO onderwijslocatiecode'),
  name: z.string(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string(),
  province: z.string(),
});

export const institutionDetail = z.object({
  id: z.uuid(),
  code: z.string().describe('RIO onderwijsaanbiedercode'),
  name: z.string(),
  shortName: z.string().nullable(),
  city: z.string().nullable(),
  website: z.string().nullable(),
  isDemo: z.boolean(),
  locations: z.array(location),
});

export const institutionRecord = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  city: z.string().nullable(),
  website: z.string().nullable(),
  contactEmail: z.string().nullable(),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});

const counts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const importReport = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  counts: z.object({
    institutions: counts,
    locations: counts,
    qualifications: counts,
    'core-tasks': counts,
    'work-processes': counts,
    electives: counts,
    'qualification-electives': counts,
  }),
});

export const roleAssignment = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  role: z.string(),
  createdAt: z.string(),
});

export const apiClient = z.object({
  id: z.uuid(),
  clientId: z.string(),
  name: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
