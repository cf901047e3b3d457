import { institutionRoles, programmeRoles, teamRoles, type RoleGrant } from '../../src/platform/access/principal.js';
import type { TestApp } from '../support/test-app.js';

/** Who calls in the authorisation matrix: nobody, every role (scoped to the own institution or team), a machine client. */
export type Caller =
  | { readonly kind: 'anonymous'; readonly label: string }
  | { readonly kind: 'person'; readonly label: string; readonly grant: RoleGrant | null }
  | { readonly kind: 'client'; readonly label: string };

/** The institution and team a caller belongs to ("own"), and another institution ("other"). */
export interface MatrixWorld {
  readonly ownInstitutionId: string;
  readonly otherInstitutionId: string;
  readonly ownTeamId: string;
  readonly otherTeamId: string;
}

/** Every caller of the matrix, given the world's ids. */
export function matrixCallers(world: MatrixWorld): Caller[] {
  return [
    { kind: 'anonymous', label: 'anonymous' },
    { kind: 'person', label: 'person without roles', grant: null },
    ...institutionRoles.map((role): Caller => ({
      kind: 'person',
      label: role,
      grant: { role, scope: 'institution', scopeId: world.ownInstitutionId },
    })),
    ...teamRoles.map((role): Caller => ({ kind: 'person', label: role, grant: { role, scope: 'team', scopeId: world.ownTeamId } })),
    ...programmeRoles.map((role): Caller => ({ kind: 'person', label: role, grant: { role, scope: 'platform', scopeId: null } })),
    { kind: 'client', label: 'machine client' },
  ];
}

/** Request headers for a caller (a fresh login per caller; clients get every scope of their institution). */
export async function headersFor(t: TestApp, caller: Caller, world: MatrixWorld): Promise<Record<string, string>> {
  switch (caller.kind) {
    case 'anonymous':
      return {};
    case 'person':
      return (await t.loginAs({ grants: caller.grant ? [caller.grant] : [] })).headers;
    case 'client':
      return t.bearer(world.ownInstitutionId);
  }
}

/** The role a caller holds, if any. */
export function roleOf(caller: Caller): string | null {
  return caller.kind === 'person' ? (caller.grant?.role ?? null) : null;
}
