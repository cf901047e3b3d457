import { createElement } from 'react';
import type { ModuleUi } from '../app/module-ui';
import { grantsOf } from '../app/session';
import { AchievementPage } from './AchievementPage';
import { BadgesPage } from './BadgesPage';
import { credentialsI18n } from './i18n';
import { IssuerPage } from './IssuerPage';
import { VerifyPage } from './VerifyPage';

const learnerCard = { to: () => '/badges', title: 'learnerCard', body: 'learnerCardBody' };
const issuerCard = { to: (scopeId: string | null) => `/badges/uitgeven/${scopeId ?? ''}`, title: 'issuerCard', body: 'issuerCardBody' };

/** Microcredentials: the learner's badges, issuing for institutions, public verification. */
export const credentialsUi: ModuleUi = {
  name: 'credentials',
  routes: [
    { path: 'badges', element: createElement(BadgesPage) },
    { path: 'badges/uitgeven/:institutionId', element: createElement(IssuerPage) },
    { path: 'badges/uitgeven/:institutionId/badges/:achievementId', element: createElement(AchievementPage) },
    { path: 'verifieren', element: createElement(VerifyPage) },
  ],
  nav: [
    { to: '/badges', label: 'navBadges', visible: (s) => grantsOf(s).some((g) => g.role === 'learner'), order: 40 },
    { to: '/verifieren', label: 'navVerify', visible: () => true, order: 45 },
    {
      to: (s) => `/badges/uitgeven/${grantsOf(s).find((g) => g.role === 'credential_issuer')?.scopeId ?? ''}`,
      label: 'issuerCard',
      visible: (s) => grantsOf(s).some((g) => g.role === 'credential_issuer'),
      order: 41,
    },
  ],
  roleCards: { learner: [learnerCard], credential_issuer: [issuerCard], institution_admin: [issuerCard] },
  i18n: credentialsI18n,
};
