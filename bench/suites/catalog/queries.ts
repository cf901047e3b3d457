import type { SearchQuery } from '../../../src/catalog/domain/search.js';

/**
 * The learner searches of the benchmark: two filters each (the "two filters and facets"),
 * varied so that no single plan or cache answers all of them. Every search returns its facets.
 */
const pairs: Array<Record<string, string>> = [];
const domains = [
  'Zorg en welzijn',
  'ICT en creatieve industrie',
  'Techniek en procesindustrie',
  'Economie en administratie',
  'Handel',
  'Horeca en bakkerij',
];
const provinces = ['Noord-Holland', 'Zuid-Holland', 'Utrecht', 'Gelderland', 'Noord-Brabant', 'Limburg', 'Overijssel', 'Groningen'];
for (const niveau of ['2', '3', '4']) for (const mode of ['online', 'hybrid']) pairs.push({ niveau, mode });
for (const domain of domains) pairs.push({ domain, province: provinces[domains.indexOf(domain) % provinces.length] ?? 'Utrecht' });
for (const price of ['free', '250-500', 'gte1000']) pairs.push({ intake: 'flexible', price });
for (const province of provinces.slice(0, 4)) pairs.push({ province, load: '121-240' });
pairs.push({ adult: 'true', mode: 'online' }, { leerweg: 'BBL', niveau: '3' }, { domain: 'Zorg en welzijn', intake: 'flexible' });

/** The query strings, for the HTTP runs. */
export const searchPaths: readonly string[] = pairs.map((p) => `/api/catalog/search?${new URLSearchParams(p).toString()}`);

/** The same searches as the API parses them, for the direct SQL runs. */
export const searchQueries: readonly SearchQuery[] = pairs.map((p) => ({
  ...(p['niveau'] ? { niveau: [Number(p['niveau'])] } : {}),
  ...(p['mode'] ? { mode: [p['mode'] as 'online'] } : {}),
  ...(p['domain'] ? { domain: [p['domain']] } : {}),
  ...(p['province'] ? { province: [p['province']] } : {}),
  ...(p['intake'] ? { intake: [p['intake'] as 'flexible'] } : {}),
  ...(p['price'] ? { price: [p['price']] } : {}),
  ...(p['load'] ? { load: [p['load']] } : {}),
  ...(p['leerweg'] ? { leerweg: [p['leerweg'] as 'BBL'] } : {}),
  ...(p['adult'] ? { adult: 'true' as const } : {}),
  page: 1,
  pageSize: 20,
}));
