import { createElement } from 'react';
import type { ModuleUi } from '../app/module-ui';
import { AdminPage, isAdministrator } from './AdminPage';
import { adminI18n } from './i18n';
import { ImportPage } from './ImportPage';
import { InstitutionAdminPage } from './InstitutionAdminPage';

/** Administration of institutions and of the platform's reference data. */
export const adminUi: ModuleUi = {
  name: 'admin',
  routes: [
    { path: 'beheer', element: createElement(AdminPage) },
    { path: 'beheer/instellingen/:id', element: createElement(InstitutionAdminPage) },
    { path: 'beheer/referentiedata', element: createElement(ImportPage) },
  ],
  nav: [{ to: '/beheer', label: 'nav', visible: isAdministrator, order: 90 }],
  roleCards: {
    institution_admin: [{ to: (scopeId) => `/beheer/instellingen/${scopeId ?? ''}`, title: 'manageCard', body: 'manageCardBody' }],
    platform_admin: [
      { to: () => '/beheer/referentiedata', title: 'importCard', body: 'importCardBody' },
      { to: () => '/beheer', title: 'manageCard', body: 'manageCardBody' },
    ],
  },
  i18n: adminI18n,
};
