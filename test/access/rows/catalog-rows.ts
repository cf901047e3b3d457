import { randomUUID } from 'node:crypto';
import { implementedPaths } from '../../../src/catalog/routes/oeapi-service-root.js';
import type { Caller, MatrixWorld } from '../matrix-callers.js';
import { allow, type MatrixRow, type Target } from '../matrix-kit.js';

const institutionOf = (world: MatrixWorld, target: Target): string =>
  target === 'own' ? world.ownInstitutionId : world.otherInstitutionId;

/** Catalogue editors and their institution's systems, at their own institution only. */
const editors = (caller: Caller, target: Target): boolean =>
  target === 'own' && (caller.label === 'catalog_editor' || caller.kind === 'client');
/** Editors, the institution's administrator and its systems may read the workspace. */
const workspaceReaders = (caller: Caller, target: Target): boolean =>
  target === 'own' && (caller.label === 'catalog_editor' || caller.label === 'institution_admin' || caller.kind === 'client');

/** Public reads that take no institution. */
export const publicCatalogGet = (url: string, path: (world: MatrixWorld) => string = () => url): MatrixRow => ({
  method: 'GET',
  url,
  targets: ['own'],
  request: ({ world }) => ({ url: path(world) }),
  allow: allow.everyone,
});

/** The harvest sources: platform administrators only. */
function sourceRows(): MatrixRow[] {
  const admin = allow.nobodyBut('platform_admin');
  const own = ['own'] as const;
  return [
    { method: 'GET', url: '/api/catalog/sources', targets: own, request: () => ({ url: '/api/catalog/sources' }), allow: admin },
    {
      method: 'POST',
      url: '/api/catalog/sources',
      targets: own,
      request: () => ({
        url: '/api/catalog/sources',
        payload: { name: 'Matrix', baseUrl: `http://127.0.0.1:9/oeapi/v6/${(counter += 1)}`, enabled: false },
      }),
      allow: admin,
    },
    {
      method: 'PATCH',
      url: '/api/catalog/sources/:id',
      targets: own,
      request: () => ({ url: `/api/catalog/sources/${randomUUID()}`, payload: {} }),
      allow: admin,
    },
    {
      method: 'DELETE',
      url: '/api/catalog/sources/:id',
      targets: own,
      request: () => ({ url: `/api/catalog/sources/${randomUUID()}` }),
      allow: admin,
    },
    {
      method: 'POST',
      url: '/api/catalog/sources/:id/harvest',
      targets: own,
      request: () => ({ url: `/api/catalog/sources/${randomUUID()}/harvest` }),
      allow: admin,
    },
    {
      method: 'GET',
      url: '/api/catalog/sources/:id/runs',
      targets: own,
      request: () => ({ url: `/api/catalog/sources/${randomUUID()}/runs` }),
      allow: admin,
    },
  ];
}

let counter = 0;
const validContent: Record<string, () => Record<string, unknown>> = {
  programmes: () => ({ code: `M-P-${(counter += 1)}`, title: 'Matrix', crebo: '27141', leerweg: 'BOL', niveau: 4 }),
  units: () => ({ code: `M-U-${(counter += 1)}`, title: 'Matrix', sbu: 240 }),
  offerings: () => ({ code: `M-O-${(counter += 1)}`, unitId: randomUUID(), intake: 'flexible', mode: 'online' }),
  sessions: () => ({
    code: `M-S-${(counter += 1)}`,
    name: 'Matrix',
    sessionType: 'period',
    startDate: '2027-01-01',
    endDate: '2027-03-31',
  }),
};

function workspaceRows(kind: 'programmes' | 'units' | 'offerings' | 'sessions'): MatrixRow[] {
  const base = `/api/catalog/workspace/:institutionId/${kind}`;
  const path = (world: MatrixWorld, target: Target, rest = '') => `/api/catalog/workspace/${institutionOf(world, target)}/${kind}${rest}`;
  const rows: MatrixRow[] = [
    { method: 'GET', url: base, request: ({ world, target }) => ({ url: path(world, target) }), allow: workspaceReaders },
    {
      method: 'POST',
      url: base,
      request: ({ world, target }) => ({ url: path(world, target), payload: validContent[kind]?.() }),
      allow: editors,
    },
    {
      method: 'GET',
      url: `${base}/:id`,
      request: ({ world, target }) => ({ url: path(world, target, `/${randomUUID()}`) }),
      allow: workspaceReaders,
    },
    {
      method: 'PATCH',
      url: `${base}/:id`,
      request: ({ world, target }) => ({ url: path(world, target, `/${randomUUID()}`), payload: {} }),
      allow: editors,
    },
    {
      method: 'DELETE',
      url: `${base}/:id`,
      request: ({ world, target }) => ({ url: path(world, target, `/${randomUUID()}`) }),
      allow: editors,
    },
  ];
  if (kind === 'sessions') return rows;
  return [
    ...rows,
    {
      method: 'POST',
      url: `${base}/:id/publish`,
      request: ({ world, target }) => ({ url: path(world, target, `/${randomUUID()}/publish`) }),
      allow: editors,
    },
    {
      method: 'POST',
      url: `${base}/:id/retire`,
      request: ({ world, target }) => ({ url: path(world, target, `/${randomUUID()}/retire`) }),
      allow: editors,
    },
    {
      method: 'GET',
      url: `${base}/:id/history`,
      request: ({ world, target }) => ({ url: path(world, target, `/${randomUUID()}/history`) }),
      allow: workspaceReaders,
    },
  ];
}

/** The OEAPI read API: public reads of published data (unknown ids answer 404, which is not a denial). */
const oeapiRows: MatrixRow[] = implementedPaths.map((path) =>
  publicCatalogGet(
    path === '/' ? '/oeapi/v6' : `/oeapi/v6${path.replace(/\{([A-Za-z]+)\}/g, ':$1')}`,
    () => `/oeapi/v6${path.replace(/\{[A-Za-z]+\}/g, () => randomUUID())}`,
  ),
);

/** Routes of the catalog module. */
export const catalogRows: readonly MatrixRow[] = [
  ...(['programmes', 'units', 'offerings', 'sessions'] as const).flatMap(workspaceRows),
  ...oeapiRows,
  publicCatalogGet('/api/catalog/search', () => '/api/catalog/search?q=zorg&niveau=3'),
  publicCatalogGet('/api/catalog/units/:id', () => `/api/catalog/units/${randomUUID()}`),
  publicCatalogGet('/api/catalog/qualifications/:crebo/offered', () => '/api/catalog/qualifications/27141/offered'),
  publicCatalogGet('/api/catalog/electives/:code/offered', () => '/api/catalog/electives/K0909/offered'),
  publicCatalogGet('/api/catalog/rulesets'),
  publicCatalogGet('/api/catalog/imports/template.csv'),
  ...sourceRows(),
  {
    method: 'POST',
    url: '/api/catalog/workspace/:institutionId/imports',
    request: ({ world, target }) => ({
      url: `/api/catalog/workspace/${institutionOf(world, target)}/imports?dryRun=true`,
      payload: 'code;title;sbu\nMATRIX-1;Matrix;240\n',
      contentType: 'text/csv',
    }),
    allow: editors,
  },
  publicCatalogGet('/api/catalog/standard-report'),
  {
    method: 'PUT',
    url: '/api/catalog/rulesets/sector',
    targets: ['own'],
    request: () => ({
      url: '/api/catalog/rulesets/sector',
      payload: {
        name: 'Legoblokjes mbo (demo-afspraak)',
        rules: { allowedSbu: [60, 120, 240, 480, 720], maxWeeks: 20, requiredFields: ['description', 'learningOutcomes', 'coverage'] },
      },
    }),
    allow: allow.nobodyBut('platform_admin'),
  },
  {
    method: 'PUT',
    url: '/api/catalog/workspace/:institutionId/ruleset',
    request: ({ world, target }) => ({
      url: `/api/catalog/workspace/${institutionOf(world, target)}/ruleset`,
      payload: { name: 'Matrix', rules: {} },
    }),
    allow: editors,
  },
];
