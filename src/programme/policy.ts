import { hasProgrammeRole, hasTeamRole, isPlatformAdmin, teamRoles, type Principal } from '../platform/index.js';

/** Who may see and change the programme's teams. Deny by default. */
export const programmePolicy = {
  /** Seeing a team's members: the programme office, the steering group and the team itself. */
  readTeamMembers: (p: Principal, teamId: string): boolean =>
    isPlatformAdmin(p) ||
    hasProgrammeRole(p, 'programme_manager') ||
    hasProgrammeRole(p, 'steering_group') ||
    hasTeamRole(p, teamId, ...teamRoles),

  /** Giving and taking roles in a team: the programme manager decides the teams' composition. */
  manageTeamMembers: (p: Principal): boolean => isPlatformAdmin(p) || hasProgrammeRole(p, 'programme_manager'),
};
