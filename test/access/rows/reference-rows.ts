import { randomUUID } from 'node:crypto';
import { allow, type MatrixRow, type Target } from '../matrix-kit.js';
import type { Caller, MatrixWorld } from '../matrix-callers.js';

const platformWide = ['own'] as const;
const institutionOf = (world: MatrixWorld, target: Target): string =>
  target === 'own' ? world.ownInstitutionId : world.otherInstitutionId;
const publicGet = (url: string, path: (world: MatrixWorld) => string = () => url): MatrixRow => ({
  method: 'GET',
  url,
  targets: platformWide,
  request: ({ world }) => ({ url: path(world) }),
  allow: allow.everyone,
});

const staff = ['teacher', 'mentor', 'catalog_editor', 'credential_issuer', 'logistics_planner', 'institution_admin'];
/** Platform administrators everywhere; the named institution roles and (optionally) machine clients at their own institution only. */
const atOwnInstitution =
  (roles: readonly string[], clients = false) =>
  (caller: Caller, target: Target): boolean =>
    caller.label === 'platform_admin' || (target === 'own' && (roles.includes(caller.label) || (clients && caller.kind === 'client')));

/** Routes of the reference module: public reads of the qualification structure, imports, institution administration. */
export const referenceRows: readonly MatrixRow[] = [
  publicGet('/api/reference/qualifications'),
  publicGet('/api/reference/qualifications/:crebo', () => '/api/reference/qualifications/27141'),
  publicGet('/api/reference/electives'),
  publicGet('/api/reference/electives/:code', () => '/api/reference/electives/K0901'),
  publicGet('/api/reference/domains'),
  publicGet('/api/reference/institutions'),
  publicGet('/api/reference/institutions/:id', (world) => `/api/reference/institutions/${world.ownInstitutionId}`),
  publicGet('/api/reference/imports/templates/:kind', () => '/api/reference/imports/templates/electives'),
  {
    method: 'POST',
    url: '/api/reference/imports',
    targets: platformWide,
    request: () => ({
      url: '/api/reference/imports?kind=electives&dryRun=true',
      payload: 'code,title,sbu\nK0999,Matrix,240\n',
      contentType: 'text/csv',
    }),
    allow: allow.nobodyBut('platform_admin'),
  },
  {
    method: 'GET',
    url: '/api/institutions/:id',
    request: ({ world, target }) => ({ url: `/api/institutions/${institutionOf(world, target)}` }),
    allow: atOwnInstitution(staff, true),
  },
  {
    method: 'PATCH',
    url: '/api/institutions/:id',
    request: ({ world, target }) => ({ url: `/api/institutions/${institutionOf(world, target)}`, payload: {} }),
    allow: atOwnInstitution(['institution_admin']),
  },
  {
    method: 'GET',
    url: '/api/institutions/:id/staff',
    request: ({ world, target }) => ({ url: `/api/institutions/${institutionOf(world, target)}/staff` }),
    allow: atOwnInstitution(['institution_admin']),
  },
  {
    method: 'POST',
    url: '/api/institutions/:id/staff',
    request: ({ world, target }) => ({
      url: `/api/institutions/${institutionOf(world, target)}/staff`,
      payload: { email: 'pieter@amstelkade.demo.doorpakken.nl', role: 'teacher' },
    }),
    allow: atOwnInstitution(['institution_admin']),
  },
  {
    method: 'DELETE',
    url: '/api/institutions/:id/staff/:assignmentId',
    request: ({ world, target }) => ({ url: `/api/institutions/${institutionOf(world, target)}/staff/${randomUUID()}` }),
    allow: atOwnInstitution(['institution_admin']),
  },
  {
    method: 'GET',
    url: '/api/institutions/:id/api-clients',
    request: ({ world, target }) => ({ url: `/api/institutions/${institutionOf(world, target)}/api-clients` }),
    allow: atOwnInstitution(['institution_admin']),
  },
  {
    method: 'POST',
    url: '/api/institutions/:id/api-clients',
    request: ({ world, target }) => ({
      url: `/api/institutions/${institutionOf(world, target)}/api-clients`,
      payload: { name: 'Matrix', scopes: ['read'] },
    }),
    allow: atOwnInstitution(['institution_admin']),
  },
  {
    method: 'DELETE',
    url: '/api/institutions/:id/api-clients/:clientRecordId',
    request: ({ world, target }) => ({ url: `/api/institutions/${institutionOf(world, target)}/api-clients/${randomUUID()}` }),
    allow: atOwnInstitution(['institution_admin']),
  },
];

const teamOf = (world: MatrixWorld, target: Target): string => (target === 'own' ? world.ownTeamId : world.otherTeamId);
const teamRoleLabels = ['team_lead', 'liaison', 'team_member', 'team_secretary', 'executive_sponsor'];
const programmeOffice = ['platform_admin', 'programme_manager'];

/** Routes of the programme module. */
export const programmeRows: readonly MatrixRow[] = [
  publicGet('/api/programme/overview'),
  publicGet('/api/programme/teams'),
  {
    method: 'GET',
    url: '/api/programme/teams/:id/members',
    request: ({ world, target }) => ({ url: `/api/programme/teams/${teamOf(world, target)}/members` }),
    allow: (caller, target) =>
      [...programmeOffice, 'steering_group'].includes(caller.label) || (target === 'own' && teamRoleLabels.includes(caller.label)),
  },
  {
    method: 'POST',
    url: '/api/programme/teams/:id/members',
    request: ({ world, target }) => ({
      url: `/api/programme/teams/${teamOf(world, target)}/members`,
      payload: { email: 'joost@programma.demo.doorpakken.nl', role: 'team_member' },
    }),
    allow: (caller) => programmeOffice.includes(caller.label),
  },
  {
    method: 'DELETE',
    url: '/api/programme/teams/:id/members/:assignmentId',
    request: ({ world, target }) => ({ url: `/api/programme/teams/${teamOf(world, target)}/members/${randomUUID()}` }),
    allow: (caller) => programmeOffice.includes(caller.label),
  },
];
