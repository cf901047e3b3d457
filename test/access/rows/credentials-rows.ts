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

const achievements = new WeakMap<TestApp, Map<string, Promise<string>>>();

/** One achievement per institution of the matrix world, created once by a platform administrator. */
export function achievementOf(t: TestApp, world: MatrixWorld, target: Target): Promise<string> {
  const perApp = achievements.get(t) ?? new Map<string, Promise<string>>();
  achievements.set(t, perApp);
  const institutionId = institutionOf(world, target);
  let pending = perApp.get(institutionId);
  if (!pending) {
    pending = (async () => {
      const admin = await t.loginAs({ grants: [{ role: 'platform_admin', scope: 'platform', scopeId: null }] });
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/credentials/institutions/${institutionId}/achievements`,
        headers: admin.headers,
        payload: matrixAchievement,
      });
      if (response.statusCode !== 201) throw new Error(`matrix achievement: ${response.body}`);
      return response.json<{ id: string }>().id;
    })();
    perApp.set(institutionId, pending);
  }
  return pending;
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
  publicRoute('GET', '/credentials/issuers/:issuerId', () => `/credentials/issuers/${randomUUID()}`),
  publicRoute('GET', '/credentials/keys/:keyId', () => '/credentials/keys/rs256-AAAAAAAAAAAA'),
];
