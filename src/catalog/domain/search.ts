import { z } from 'zod';
import { INTAKES, LEERWEGEN, MODES, PRICE_BUCKETS, SBU_BUCKETS } from './codes.js';

/*
 * The learners' search: its parameters (kept in the address bar, so that every search can be
 * shared) and its facets. Pure, so that the web app builds the same URLs the server reads.
 */

/** Facets in the order the search page shows them. */
export const FACETS = [
  'niveau',
  'domain',
  'qualification',
  'elective',
  'leerweg',
  'province',
  'location',
  'intake',
  'start',
  'mode',
  'price',
  'load',
  'institution',
] as const;
export type Facet = (typeof FACETS)[number];

export const SORTS = ['relevance', 'start', 'price'] as const;
export type Sort = (typeof SORTS)[number];

/** A filter that may repeat in the query string: one value or several. */
const list = <T extends z.ZodType>(item: T, max = 20) => z.union([z.array(item).max(max), item]).optional();

/** The values of a repeatable filter as a list. */
export function asList<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

const isoDate = z.iso.date();

/** The query string of a search (each filter may repeat: values of one filter combine with OR, filters with AND). */
export const searchQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Words to find (Dutch stemming: "verpleegkundige" also finds "verpleegkunde")'),
  niveau: list(z.coerce.number().int().min(1).max(4)),
  domain: list(z.string().max(100)),
  qualification: list(z.string().regex(/^\d{5}$/)).describe('Crebo codes'),
  elective: list(z.string().regex(/^K\d{4}$/)).describe('Keuzedeel codes'),
  leerweg: list(z.enum(LEERWEGEN)),
  province: list(z.string().max(40)),
  location: list(z.string().regex(/^\d{3}X\d{3}$/)).describe('RIO location codes'),
  intake: list(z.enum(INTAKES)),
  startFrom: isoDate.optional().describe('Starts on or after this date (or has flexible intake, when intake=flexible)'),
  startTo: isoDate.optional(),
  mode: list(z.enum(MODES)),
  price: list(z.enum(PRICE_BUCKETS.map((b) => b.key) as [string, ...string[]])).describe('Price ranges of the cheapest offering'),
  load: list(z.enum(SBU_BUCKETS.map((b) => b.key) as [string, ...string[]])).describe('Study-load ranges'),
  institution: list(z.uuid()),
  adult: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only units that can be followed on their own and lead to a certificate or badge'),
  sort: z.enum(SORTS).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.output<typeof searchQuery>;

/** The sort a search uses: relevance only makes sense with words to find. */
export function effectiveSort(query: Pick<SearchQuery, 'q' | 'sort'>): Sort {
  if (query.sort === 'relevance' && !query.q) return 'start';
  return query.sort ?? (query.q ? 'relevance' : 'start');
}
