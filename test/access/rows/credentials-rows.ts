import { randomUUID } from 'node:crypto';
import { allow, type MatrixRow, type Target } from '../matrix-kit.js';
import type { Caller, MatrixWorld } from '../matrix-callers.js';
import type { TestApp } from '../../support/test-app.js';

const platformWide = ['own'] as const;
const institutionOf = (world: MatrixWorld, target: Target): string =>
  target === 'own' ? world.ownInstitutionId : world.otherInstitutionId;
const publicRoute = (method: string, url: string, path: () => string, payload?: unknown, contentType?: string): MatrixRow => ({
  method,
  url,
  targets: platformWide,
  request: () => ({ url: path(), ...(payload !== undefined ? { payload } : {}), ...(contentType ? { contentType } : {}) }),
  allow: allow.everyone,
});

/** Platform administrators everywhere; the named roles (and optionally machine clients) at their own institution only. */
const atOwnInstitution =
  (roles: readonly string[], options: { clients?: boolean; admin?: boolean } = {}) =>
  (caller: Caller, target: Target): boolean =>
    ((options.admin ?? true) && caller.label === 'platform_admin') ||
    (target === 'own' && (roles.includes(caller.label) || (options.clients === true && caller.kind === 'client')));

const issuerStaff = atOwnInstitution(['credential_issuer', 'institution_admin']);
const issuersOnly = atOwnInstitution(['credential_issuer']);
/** Awarding: the institution's credential issuers and its machine clients; not even platform administrators. */
const awarders = atOwnInstitution(['credential_issuer'], { clients: true, admin: false });

/** A plain badge, valid for every achievement route. */
export const matrixAchievement = {
  name: 'Matrix',
  description: 'Matrix',
  criteria: 'Matrix',
  achievementType: 'Badge',
  sbu: 8,
  assessmentType: 'participation-only',
  enrolmentOpen: true,
};

const fixtures = new WeakMap<TestApp, Map<string, Promise<string>>>();

/** Creates a fixture once per app and key. */
function once(t: TestApp, key: string, make: () => Promise<string>): Promise<string> {
  const perApp = fixtures.get(t) ?? new Map<string, Promise<string>>();
  fixtures.set(t, perApp);
  let pending = perApp.get(key);
  if (!pending) {
    pending = make();
    perApp.set(key, pending);
  }
  return pending;
}

async function post(t: TestApp, url: string, headers: Record<string, string>, payload: unknown, contentType?: string): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url,
    headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}) },
    payload: payload as object,
  });
  if (response.statusCode >= 300) throw new Error(`matrix fixture ${url}: ${response.body}`);
  return response.json<{ id: string }>().id;
}

/** An achievement per institution (created by a platform administrator); `purpose` keeps fixtures apart. */
export function achievementOf(t: TestApp, world: MatrixWorld, target: Target, purpose = 'edit'): Promise<string> {
  const institutionId = institutionOf(world, target);
  return once(t, `achievement:${purpose}:${institutionId}`, async () => {
    const admin = await t.loginAs({ grants: [{ role: 'platform_admin', scope: 'platform', scopeId: null }] });
    return post(t, `/api/credentials/institutions/${institutionId}/achievements`, admin.headers, matrixAchievement);
  });
}

/** An award of the institution, made by one of its credential issuers. */
function awardOf(t: TestApp, world: MatrixWorld, target: Target): Promise<string> {
  const institutionId = institutionOf(world, target);
  return once(t, `award:${institutionId}`, async () => {
    const achievementId = await achievementOf(t, world, target, 'award');
    const issuer = await t.loginAs({ grants: [{ role: 'credential_issuer', scope: 'institution', scopeId: institutionId }] });
    return post(t, `/api/credentials/achievements/${achievementId}/awards`, issuer.headers, { email: 'matrix@x.example', name: 'Matrix' });
  });
}

/** A learner's pending request for a badge of the institution. */
function enrolmentOf(t: TestApp, world: MatrixWorld, target: Target): Promise<string> {
  const institutionId = institutionOf(world, target);
  return once(t, `enrolment:${institutionId}`, async () => {
    const achievementId = await achievementOf(t, world, target, 'award');
    const learner = await t.loginAs();
    return post(t, `/api/credentials/achievements/${achievementId}/enrolments`, learner.headers, {});
  });
}

/** A bulk award run of the institution (stored directly: the matrix app runs no background jobs). */
function bulkAwardOf(t: TestApp, world: MatrixWorld, target: Target): Promise<string> {
  const institutionId = institutionOf(world, target);
  return once(t, `bulk:${institutionId}`, async () => {
    const achievementId = await achievementOf(t, world, target, 'award');
    const [row] = (await t.database.rawQuery(
      `insert into credential_bulk_awards (institution_id, achievement_id, file_hash, rows, total) values ($1, $2, 'matrix', '[]', 0) returning id`,
      [institutionId, achievementId],
    )) as Array<{ id: string }>;
    return row?.id ?? '';
  });
}

/** Routes of the credentials module. */
export const credentialsRows: readonly MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/credentials/institutions/:institutionId/issuer',
    request: ({ world, target }) => ({ url: `/api/credentials/institutions/${institutionOf(world, target)}/issuer` }),
    allow: issuerStaff,
  },
  {
    method: 'PATCH',
    url: '/api/credentials/institutions/:institutionId/issuer',
    request: ({ world, target }) => ({ url: `/api/credentials/institutions/${institutionOf(world, target)}/issuer`, payload: {} }),
    allow: issuerStaff,
  },
  {
    method: 'POST',
    url: '/api/credentials/institutions/:institutionId/issuer/rotate-keys',
    request: ({ world, target }) => ({ url: `/api/credentials/institutions/${institutionOf(world, target)}/issuer/rotate-keys` }),
    allow: issuerStaff,
  },
  {
    method: 'GET',
    url: '/api/credentials/institutions/:institutionId/achievements',
    request: ({ world, target }) => ({ url: `/api/credentials/institutions/${institutionOf(world, target)}/achievements` }),
    allow: issuersOnly,
  },
  {
    method: 'POST',
    url: '/api/credentials/institutions/:institutionId/achievements',
    request: ({ world, target }) => ({
      url: `/api/credentials/institutions/${institutionOf(world, target)}/achievements`,
      payload: matrixAchievement,
    }),
    allow: issuersOnly,
  },
  publicRoute('GET', '/api/credentials/achievements', () => '/api/credentials/achievements'),
  {
    method: 'GET',
    url: '/api/credentials/achievements/:achievementId',
    request: async ({ t, world, target }) => ({ url: `/api/credentials/achievements/${await achievementOf(t, world, target)}` }),
    allow: allow.everyone,
  },
  {
    method: 'PUT',
    url: '/api/credentials/achievements/:achievementId',
    request: async ({ t, world, target }) => ({
      url: `/api/credentials/achievements/${await achievementOf(t, world, target)}`,
      payload: matrixAchievement,
    }),
    allow: issuersOnly,
  },
  {
    method: 'POST',
    url: '/api/credentials/achievements/:achievementId/archive',
    request: async ({ t, world, target }) => ({ url: `/api/credentials/achievements/${await achievementOf(t, world, target)}/archive` }),
    allow: issuersOnly,
  },
  {
    method: 'GET',
    url: '/credentials/achievements/:achievementId',
    request: async ({ t, world, target }) => ({ url: `/credentials/achievements/${await achievementOf(t, world, target)}` }),
    allow: allow.everyone,
  },
  {
    method: 'GET',
    url: '/credentials/achievements/:achievementId/image',
    request: async ({ t, world, target }) => ({ url: `/credentials/achievements/${await achievementOf(t, world, target)}/image` }),
    allow: allow.everyone,
  },
  {
    method: 'POST',
    url: '/api/credentials/achievements/:achievementId/awards',
    request: async ({ t, world, target }) => ({
      url: `/api/credentials/achievements/${await achievementOf(t, world, target, 'award')}/awards`,
      payload: { email: 'matrix@x.example', name: 'Matrix' },
    }),
    allow: awarders,
  },
  {
    method: 'POST',
    url: '/api/credentials/achievements/:achievementId/bulk-awards',
    request: async ({ t, world, target }) => ({
      url: `/api/credentials/achievements/${await achievementOf(t, world, target, 'award')}/bulk-awards?dryRun=true`,
      payload: 'email;naam\nmatrix@x.example;Matrix\n',
      contentType: 'text/csv',
    }),
    allow: awarders,
  },
  {
    method: 'GET',
    url: '/api/credentials/bulk-awards/:bulkAwardId',
    request: async ({ t, world, target }) => ({ url: `/api/credentials/bulk-awards/${await bulkAwardOf(t, world, target)}` }),
    allow: awarders,
  },
  {
    method: 'GET',
    url: '/api/credentials/institutions/:institutionId/awards',
    request: ({ world, target }) => ({ url: `/api/credentials/institutions/${institutionOf(world, target)}/awards` }),
    allow: awarders,
  },
  {
    method: 'POST',
    url: '/api/credentials/awards/:awardId/status',
    request: async ({ t, world, target }) => ({
      url: `/api/credentials/awards/${await awardOf(t, world, target)}/status`,
      payload: { change: 'suspend' },
    }),
    allow: awarders,
  },
  {
    method: 'GET',
    url: '/api/credentials/institutions/:institutionId/enrolments',
    request: ({ world, target }) => ({ url: `/api/credentials/institutions/${institutionOf(world, target)}/enrolments` }),
    allow: awarders,
  },
  {
    method: 'POST',
    url: '/api/credentials/enrolments/:enrolmentId/decision',
    request: async ({ t, world, target }) => ({
      url: `/api/credentials/enrolments/${await enrolmentOf(t, world, target)}/decision`,
      payload: { approve: false },
    }),
    allow: awarders,
  },
  {
    method: 'GET',
    url: '/api/credentials/me/awards',
    targets: platformWide,
    request: () => ({ url: '/api/credentials/me/awards' }),
    allow: allow.persons,
  },
  {
    method: 'POST',
    url: '/api/credentials/me/awards/:awardId/answer',
    request: async ({ t, world, target }) => ({
      url: `/api/credentials/me/awards/${await awardOf(t, world, target)}/answer`,
      payload: { accept: true },
    }),
    allow: allow.persons,
  },
  {
    method: 'GET',
    url: '/api/credentials/me/awards/:awardId/credential',
    request: async ({ t, world, target }) => ({ url: `/api/credentials/me/awards/${await awardOf(t, world, target)}/credential` }),
    allow: allow.persons,
  },
  {
    method: 'POST',
    url: '/api/credentials/achievements/:achievementId/enrolments',
    request: async ({ t, world, target }) => ({
      url: `/api/credentials/achievements/${await achievementOf(t, world, target, 'award')}/enrolments`,
      payload: {},
    }),
    allow: allow.persons,
  },
  {
    method: 'GET',
    url: '/api/credentials/me/enrolments',
    targets: platformWide,
    request: () => ({ url: '/api/credentials/me/enrolments' }),
    allow: allow.persons,
  },
  {
    method: 'POST',
    url: '/api/credentials/me/awards/:awardId/share',
    request: async ({ t, world, target }) => ({
      url: `/api/credentials/me/awards/${await awardOf(t, world, target)}/share`,
      payload: { share: false },
    }),
    allow: allow.persons,
  },
  publicRoute('GET', '/credentials/shared/:token', () => '/credentials/shared/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
  {
    method: 'GET',
    url: '/api/credentials/me/awards/:awardId/baked',
    request: async ({ t, world, target }) => ({ url: `/api/credentials/me/awards/${await awardOf(t, world, target)}/baked` }),
    allow: allow.persons,
  },
  publicRoute('POST', '/api/credentials/verifications/image', () => '/api/credentials/verifications/image', '<svg></svg>', 'image/svg+xml'),
  {
    method: 'POST',
    url: '/credentials/issue',
    targets: platformWide,
    // The VC-API issues for the caller's own institution; a body that is not a credential gets a 4xx after the policy.
    request: () => ({ url: '/credentials/issue', payload: { credential: { type: ['VerifiableCredential'] } } }),
    allow: (caller) => caller.label === 'credential_issuer' || caller.kind === 'client',
  },
  publicRoute('POST', '/credentials/verify', () => '/credentials/verify', { verifiableCredential: { type: ['VerifiableCredential'] } }),
  publicRoute('POST', '/presentations/verify', () => '/presentations/verify', {
    verifiablePresentation: { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'] },
  }),
  publicRoute('GET', '/credentials/status/:listId/:purpose', () => `/credentials/status/${randomUUID()}/revocation`),
  publicRoute('POST', '/api/credentials/verifications', () => '/api/credentials/verifications', { credential: 'not a credential' }),
  publicRoute('GET', '/credentials/issuers/:issuerId', () => `/credentials/issuers/${randomUUID()}`),
  publicRoute('GET', '/credentials/keys/:keyId', () => '/credentials/keys/rs256-AAAAAAAAAAAA'),
];
