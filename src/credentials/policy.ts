import { clientHasScope, hasInstitutionRole, isPlatformAdmin, type Principal } from '../platform/index.js';

/*
 * Who may do what with microcredentials. Deny by default. Only credential issuers (and the
 * institution's administrators for the issuer profile and its keys) act in an institution's name;
 * machine clients need the `credentials:issue` scope of their own institution.
 */
export const credentialsPolicy = {
  /** Seeing and editing the issuer profile and rotating its keys. */
  manageIssuer: (p: Principal, institutionId: string): boolean =>
    isPlatformAdmin(p) || hasInstitutionRole(p, institutionId, 'credential_issuer', 'institution_admin'),

  /** Managing achievements (badge classes) of the institution. */
  manageAchievements: (p: Principal, institutionId: string): boolean =>
    isPlatformAdmin(p) || hasInstitutionRole(p, institutionId, 'credential_issuer'),

  /** Awarding, revoking, suspending; deciding on enrolment requests; seeing awards. */
  award: (p: Principal, institutionId: string): boolean =>
    hasInstitutionRole(p, institutionId, 'credential_issuer') || clientHasScope(p, institutionId, 'credentials:issue'),

  /** Issuing through the VC-API in the name of the institution (machine clients and issuers). */
  issueViaApi: (p: Principal, institutionId: string): boolean =>
    hasInstitutionRole(p, institutionId, 'credential_issuer') || clientHasScope(p, institutionId, 'credentials:issue'),
};
