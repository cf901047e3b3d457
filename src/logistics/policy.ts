import { clientHasScope, hasInstitutionRole, institutionsWithRole, type Principal } from '../platform/index.js';
import type { ScenarioSummary } from './store/scenarios.js';

/*
 * Who may do what with the mengpaneel. Deny by default. Logistics planners work on their own
 * institution's scenarios: their own private ones and those shared within the institution. An
 * institution's systems (client credentials) may read shared scenarios (`read`) and send student
 * numbers (`logistics:write`). The engine itself, the rulesets and the forecast are public.
 */
export const logisticsPolicy = {
  /** Listing and creating scenarios at an institution. */
  planAt: (p: Principal, institutionId: string): boolean =>
    hasInstitutionRole(p, institutionId, 'logistics_planner') || clientHasScope(p, institutionId, 'read'),

  /** Creating a scenario (people only). */
  createAt: (p: Principal, institutionId: string): boolean => hasInstitutionRole(p, institutionId, 'logistics_planner'),

  /** Seeing one scenario: a planner of its institution when it is shared or theirs; a client when shared. */
  read: (p: Principal, s: ScenarioSummary): boolean =>
    (hasInstitutionRole(p, s.institutionId, 'logistics_planner') &&
      (s.shared || (p.kind === 'person' && s.ownerPersonId === p.personId))) ||
    (s.shared && clientHasScope(p, s.institutionId, 'read')),

  /** Changing, sharing or deleting: the owner, or any planner of the institution once it is shared. */
  change: (p: Principal, s: ScenarioSummary): boolean =>
    hasInstitutionRole(p, s.institutionId, 'logistics_planner') && (s.shared || (p.kind === 'person' && s.ownerPersonId === p.personId)),

  /** Sending student numbers into a scenario. */
  importNumbers: (p: Principal, s: ScenarioSummary): boolean =>
    logisticsPolicy.change(p, s) || (s.shared && clientHasScope(p, s.institutionId, 'logistics:write')),

  /** Running the Monte Carlo simulation (it costs seconds of CPU): planners and institutions' systems. */
  simulate: (p: Principal): boolean =>
    institutionsWithRole(p, 'logistics_planner').size > 0 || (p.kind === 'client' && p.scopes.includes('logistics:write')),
};

/** True when the scenario's institution is one where the caller could work at all (so that a refusal is 403, not 404). */
export function institutionVisible(p: Principal, institutionId: string): boolean {
  return hasInstitutionRole(p, institutionId, 'logistics_planner') || (p.kind === 'client' && p.institutionId === institutionId);
}
