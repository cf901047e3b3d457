import { clientHasScope, hasInstitutionRole, isPlatformAdmin, type InstitutionRole, type Principal } from '../platform/index.js';

/*
 * Who may do what with reference data and institutions. Deny by default: each function names the
 * cases that are allowed. Reading the qualification structure and the list of institutions is
 * public.
 */

/** Roles that make a person staff of an institution (learners are not staff). */
export const staffRoles: readonly InstitutionRole[] = [
  'teacher',
  'mentor',
  'catalog_editor',
  'credential_issuer',
  'logistics_planner',
  'institution_admin',
];

export const referencePolicy = {
  /** Loading reference data (qualification structure, institutions) from files. */
  importData: (p: Principal): boolean => isPlatformAdmin(p),

  /** Reading an institution's administrative record (with its contact address). */
  readInstitutionRecord: (p: Principal, institutionId: string): boolean =>
    isPlatformAdmin(p) || hasInstitutionRole(p, institutionId, ...staffRoles) || clientHasScope(p, institutionId, 'read'),

  /** Changing an institution's own description (name, website, contact). */
  editInstitution: (p: Principal, institutionId: string): boolean =>
    isPlatformAdmin(p) || hasInstitutionRole(p, institutionId, 'institution_admin'),

  /** Seeing and changing who holds which role at an institution, and its machine clients. */
  administerInstitution: (p: Principal, institutionId: string): boolean =>
    isPlatformAdmin(p) || hasInstitutionRole(p, institutionId, 'institution_admin'),
};
