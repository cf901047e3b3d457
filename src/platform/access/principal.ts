/** Roles a person can hold. Institution roles are scoped to one institution, team roles to one programme team. */
export const institutionRoles = [
  'learner',
  'teacher',
  'mentor',
  'catalog_editor',
  'credential_issuer',
  'logistics_planner',
  'institution_admin',
] as const;
export const teamRoles = ['team_lead', 'liaison', 'team_member', 'team_secretary', 'executive_sponsor'] as const;
export const programmeRoles = ['programme_manager', 'steering_group', 'platform_admin'] as const;

export type InstitutionRole = (typeof institutionRoles)[number];
export type TeamRole = (typeof teamRoles)[number];
export type ProgrammeRole = (typeof programmeRoles)[number];
export type Role = InstitutionRole | TeamRole | ProgrammeRole;

export const allRoles: readonly Role[] = [...institutionRoles, ...teamRoles, ...programmeRoles];

/** One role held by a person, within its scope. */
export type RoleGrant =
  | { readonly role: InstitutionRole; readonly scope: 'institution'; readonly scopeId: string }
  | { readonly role: TeamRole; readonly scope: 'team'; readonly scopeId: string }
  | { readonly role: ProgrammeRole; readonly scope: 'platform'; readonly scopeId: null };

/** Who is making a request. */
export type Principal =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'person';
      readonly personId: string;
      readonly displayName: string;
      readonly grants: readonly RoleGrant[];
      /** How the person authenticated: a browser session (cookie) needs CSRF protection. */
      readonly via: 'session';
    }
  | {
      readonly kind: 'client';
      readonly clientId: string;
      readonly institutionId: string;
      readonly scopes: readonly string[];
    };

export type PersonPrincipal = Extract<Principal, { kind: 'person' }>;
export type ClientPrincipal = Extract<Principal, { kind: 'client' }>;

/** The scope a role belongs in. */
export function scopeOfRole(role: Role): RoleGrant['scope'] {
  if ((institutionRoles as readonly string[]).includes(role)) return 'institution';
  if ((teamRoles as readonly string[]).includes(role)) return 'team';
  return 'platform';
}
