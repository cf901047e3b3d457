import { clientHasScope, hasInstitutionRole, institutionsWithRole, type Principal } from '../platform/index.js';

/*
 * Who may do what with dossiers. Deny by default. A dossier belongs to its learner: every person has
 * one and only they see and change it. Institutions act in two ways: their systems push results and
 * work placements (scope `dossier:write`, only for their own learners), and their staff read what a
 * learner shared with the institution and answer correction requests about what it attested.
 */
const staffRoles = ['mentor', 'teacher', 'institution_admin'] as const;

export const dossierPolicy = {
  /** A person's own dossier. */
  ownDossier: (p: Principal): boolean => p.kind === 'person',

  /** Pushing items into learners' dossiers in the institution's name. */
  push: (p: Principal, institutionId: string): boolean => clientHasScope(p, institutionId, 'dossier:write'),

  /** Institutions where the person may read shares and answer correction requests. */
  staffInstitutions: (p: Principal): Set<string> => institutionsWithRole(p, ...staffRoles),

  /** Staff of the institution. */
  staffOf: (p: Principal, institutionId: string): boolean => hasInstitutionRole(p, institutionId, ...staffRoles),
};
