import { createElement } from 'react';
import type { ModuleUi } from '../app/module-ui';
import { programmeI18n } from './i18n';
import { isProgrammePerson, TeamPage, TeamsPage } from './TeamsPage';

const teams = { to: () => '/programma/teams', title: 'teamsCard', body: 'teamsCardBody' };
const myTeam = { to: (scopeId: string | null) => `/programma/teams/${scopeId ?? ''}`, title: 'myTeamCard', body: 'myTeamCardBody' };

/** The programme's organisation: theme teams and their members. */
export const programmeUi: ModuleUi = {
  name: 'programme',
  routes: [
    { path: 'programma/teams', element: createElement(TeamsPage) },
    { path: 'programma/teams/:id', element: createElement(TeamPage) },
  ],
  nav: [{ to: '/programma/teams', label: 'nav', visible: isProgrammePerson, order: 70 }],
  roleCards: {
    programme_manager: [teams],
    steering_group: [teams],
    platform_admin: [teams],
    team_lead: [myTeam],
    liaison: [myTeam],
    team_member: [myTeam],
    team_secretary: [myTeam],
    executive_sponsor: [myTeam],
  },
  i18n: programmeI18n,
};
