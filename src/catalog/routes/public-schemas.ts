import { z } from 'zod';
import { FACETS } from '../domain/search.js';

/** Response shapes of the public catalogue API. */
export const searchHit = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string().nullable(),
  kind: z.string(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  harvested: z.boolean().describe('True when the unit comes from another institution’s endpoint'),
  sbu: z.number().int(),
  niveau: z.number().int().nullable(),
  domain: z.string().nullable(),
  crebo: z.string().nullable(),
  qualificationTitle: z.string().nullable(),
  electiveCode: z.string().nullable(),
  electiveTitle: z.string().nullable(),
  modes: z.array(z.string()),
  provinces: z.array(z.string()),
  nextStart: z.string().nullable(),
  flexible: z.boolean(),
  minPriceCents: z.number().int().nullable(),
  standalone: z.boolean(),
  leadsTo: z.string().nullable(),
  offeringCount: z.number().int(),
});

const facetValue = z.object({ value: z.string(), label: z.string().nullable(), count: z.number().int() });

export const searchResult = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  sort: z.enum(['relevance', 'start', 'price']),
  items: z.array(searchHit),
  facets: z.object(
    Object.fromEntries(FACETS.map((f) => [f, z.array(facetValue)])) as Record<(typeof FACETS)[number], z.ZodArray<typeof facetValue>>,
  ),
});

export const publicOffering = z.object({
  id: z.uuid(),
  intake: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  mode: z.string(),
  priceCents: z.number().int().nullable(),
  capacity: z.number().int().nullable(),
  applicationStart: z.string().nullable(),
  applicationEnd: z.string().nullable(),
  location: z.object({ code: z.string(), name: z.string(), city: z.string(), province: z.string() }).nullable(),
});

const covered = z.object({ code: z.string(), title: z.string(), covered: z.boolean() });

export const publicUnit = z.object({
  id: z.uuid(),
  kind: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  sbu: z.number().int(),
  durationWeeks: z.number().int().nullable(),
  learningOutcomes: z.array(z.string()),
  leerwegen: z.array(z.string()),
  standalone: z.boolean(),
  leadsTo: z.string().nullable(),
  isDemo: z.boolean(),
  institution: z.object({ id: z.uuid(), name: z.string(), website: z.string().nullable() }),
  harvestedFrom: z.string().nullable(),
  programme: z.string().nullable(),
  partOf: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  qualification: z
    .object({
      crebo: z.string(),
      title: z.string(),
      niveau: z.number().int(),
      domain: z.string(),
      coreTasks: z.array(covered.extend({ workProcesses: z.array(covered) })),
    })
    .nullable()
    .describe('The kwalificatie the unit contributes to, with the core tasks and work processes it covers marked'),
  elective: z.object({ code: z.string(), title: z.string(), sbu: z.number().int(), niveau: z.number().int().nullable() }).nullable(),
  offerings: z.array(publicOffering),
  elsewhere: z
    .array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        institutionName: z.string(),
        sharedCoverage: z.number().int(),
        nextStart: z.string().nullable(),
        flexible: z.boolean(),
        modes: z.array(z.string()),
        minPriceCents: z.number().int().nullable(),
      }),
    )
    .describe('Units of other institutions for the same kwalificatie or keuzedeel'),
});

export const offeredBy = z.object({
  subject: z.object({ code: z.string(), title: z.string(), niveau: z.number().int().nullable(), domain: z.string().nullable() }),
  institutions: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      programmes: z.array(z.object({ id: z.uuid(), title: z.string(), leerweg: z.string(), offerings: z.array(publicOffering) })),
      units: z.array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          sbu: z.number().int(),
          nextStart: z.string().nullable(),
          flexible: z.boolean(),
          modes: z.array(z.string()),
          minPriceCents: z.number().int().nullable(),
          provinces: z.array(z.string()),
        }),
      ),
    }),
  ),
});
