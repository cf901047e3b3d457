import { allow, clientCredentialsForm, type MatrixRow } from '../matrix-kit.js';

const platformWide = ['own'] as const;

const publicGet = (url: string, path = url): MatrixRow => ({
  method: 'GET',
  url,
  targets: platformWide,
  request: () => ({ url: path }),
  allow: allow.everyone,
});

/** The platform's own routes: health, documentation, identity, audit. */
export const platformRows: readonly MatrixRow[] = [
  publicGet('/health'),
  publicGet('/ready'),
  publicGet('/api/openapi.json'),
  publicGet('/problems'),
  publicGet('/problems/:code', '/problems/not-found'),
  publicGet('/api/session'),
  publicGet('/api/demo/accounts'),
  publicGet('/auth/login', '/auth/login?returnTo=/mijn'),
  publicGet('/auth/callback', '/auth/callback?code=x&state=y'),
  publicGet('/oauth/jwks.json'),
  publicGet('/demo-login/demo.css'),
  publicGet('/demo-login/:uid', '/demo-login/unknown-interaction'),
  {
    method: 'POST',
    url: '/demo-login/:uid',
    targets: platformWide,
    request: () => ({
      url: '/demo-login/unknown-interaction',
      payload: 'account=demo-student',
      contentType: 'application/x-www-form-urlencoded',
    }),
    allow: allow.everyone,
  },
  {
    method: 'POST',
    url: '/demo-login/:uid/abort',
    targets: platformWide,
    request: () => ({ url: '/demo-login/unknown-interaction/abort', payload: 'x=1', contentType: 'application/x-www-form-urlencoded' }),
    allow: allow.everyone,
  },
  {
    method: 'POST',
    url: '/oauth/token',
    targets: platformWide,
    request: async ({ t, world }) => ({
      url: '/oauth/token',
      payload: await clientCredentialsForm(t, world),
      contentType: 'application/x-www-form-urlencoded',
    }),
    allow: allow.everyone,
  },
  {
    method: 'GET',
    url: '/api/me/audit-events',
    targets: platformWide,
    request: () => ({ url: '/api/me/audit-events' }),
    allow: allow.persons,
  },
  { method: 'POST', url: '/auth/logout', targets: platformWide, request: () => ({ url: '/auth/logout' }), allow: allow.everyone },
];
