import { clientHasScope, hasInstitutionRole, isPlatformAdmin, type Principal } from '../platform/index.js';

/*
 * Who may do what with the catalogue. Deny by default: each function names the cases that are
 * allowed. Reading what is published (search, unit pages, the OEAPI, the standard report) is public.
 */
export const catalogPolicy = {
  /** Creating, changing, publishing and retiring an institution's programmes, units, offerings and sessions. */
  editCatalog: (p: Principal, institutionId: string): boolean =>
    hasInstitutionRole(p, institutionId, 'catalog_editor') || clientHasScope(p, institutionId, 'catalog:write'),

  /** Reading an institution's working copies (drafts, pending changes, history). */
  readWorkspace: (p: Principal, institutionId: string): boolean =>
    hasInstitutionRole(p, institutionId, 'catalog_editor', 'institution_admin') ||
    clientHasScope(p, institutionId, 'catalog:write') ||
    clientHasScope(p, institutionId, 'read'),

  /** Setting the standard-unit ruleset of the whole sector. */
  manageSectorStandard: (p: Principal): boolean => isPlatformAdmin(p),

  /** Configuring the other institutions' endpoints the national catalogue harvests, and starting harvests. */
  manageSources: (p: Principal): boolean => isPlatformAdmin(p),
};
