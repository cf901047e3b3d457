import { DomainError } from '../errors/problem.js';
import type { ClientPrincipal, InstitutionRole, PersonPrincipal, Principal, ProgrammeRole, Role, TeamRole } from './principal.js';

/*
 * Policies deny by default: a module's policy returns true only for the cases it names.
 * These helpers are the vocabulary policies are written in.
 */

/** True when the person holds the platform-wide role. */
export function hasProgrammeRole(principal: Principal, role: ProgrammeRole): boolean {
  return principal.kind === 'person' && principal.grants.some((g) => g.scope === 'platform' && g.role === role);
}

/** True for the platform administrator. */
export function isPlatformAdmin(principal: Principal): boolean {
  return hasProgrammeRole(principal, 'platform_admin');
}

/** True when the person holds one of the roles at that institution. */
export function hasInstitutionRole(principal: Principal, institutionId: string, ...roles: InstitutionRole[]): boolean {
  return (
    principal.kind === 'person' &&
    principal.grants.some((g) => g.scope === 'institution' && g.scopeId === institutionId && (roles as Role[]).includes(g.role))
  );
}

/** Institutions where the person holds one of the roles (for batch checks over lists). */
export function institutionsWithRole(principal: Principal, ...roles: InstitutionRole[]): Set<string> {
  const ids = new Set<string>();
  if (principal.kind !== 'person') return ids;
  for (const g of principal.grants) if (g.scope === 'institution' && (roles as Role[]).includes(g.role)) ids.add(g.scopeId);
  return ids;
}

/** True when the person holds one of the roles in that programme team. */
export function hasTeamRole(principal: Principal, teamId: string, ...roles: TeamRole[]): boolean {
  return (
    principal.kind === 'person' &&
    principal.grants.some((g) => g.scope === 'team' && g.scopeId === teamId && (roles as Role[]).includes(g.role))
  );
}

/** True when a machine client of that institution carries the scope. */
export function clientHasScope(principal: Principal, institutionId: string, scope: string): boolean {
  return principal.kind === 'client' && principal.institutionId === institutionId && principal.scopes.includes(scope);
}

/** Narrows to a logged-in person or throws `unauthenticated` (401); machine clients get `forbidden`. */
export function requirePerson(principal: Principal): PersonPrincipal {
  if (principal.kind === 'person') return principal;
  if (principal.kind === 'client') throw new DomainError('forbidden', 'This operation is for people, not machine clients');
  throw new DomainError('unauthenticated');
}

/** Narrows to an authenticated caller (person or client) or throws `unauthenticated`. */
export function requireAuthenticated(principal: Principal): PersonPrincipal | ClientPrincipal {
  if (principal.kind === 'anonymous') throw new DomainError('unauthenticated');
  return principal;
}

/**
 * The single gate: throws `unauthenticated` for anonymous callers and `forbidden` otherwise
 * unless `allowed` is true.
 */
export function authorize(principal: Principal, allowed: boolean, detail?: string): void {
  if (allowed) return;
  if (principal.kind === 'anonymous') throw new DomainError('unauthenticated');
  throw new DomainError('forbidden', detail);
}
