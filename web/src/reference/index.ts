import { createElement } from 'react';
import type { ModuleUi } from '../app/module-ui';
import { ElectivePage, ElectivesPage } from './ElectivesPage';
import { referenceI18n } from './i18n';
import { InstitutionPage, InstitutionsPage } from './InstitutionsPage';
import { QualificationPage } from './QualificationPage';
import { QualificationsPage } from './QualificationsPage';

const browse = { to: () => '/kwalificaties', title: 'browseCard', body: 'browseCardBody' };

/** The qualification structure and the institutions, for everyone. */
export const referenceUi: ModuleUi = {
  name: 'reference',
  routes: [
    { path: 'kwalificaties', element: createElement(QualificationsPage) },
    { path: 'kwalificaties/:crebo', element: createElement(QualificationPage) },
    { path: 'keuzedelen', element: createElement(ElectivesPage) },
    { path: 'keuzedelen/:code', element: createElement(ElectivePage) },
    { path: 'instellingen', element: createElement(InstitutionsPage) },
    { path: 'instellingen/:id', element: createElement(InstitutionPage) },
  ],
  nav: [
    { to: '/kwalificaties', label: 'navQualifications', visible: () => true, order: 20 },
    { to: '/instellingen', label: 'navInstitutions', visible: () => true, order: 30 },
  ],
  roleCards: { learner: [browse], teacher: [browse], mentor: [browse], catalog_editor: [browse] },
  i18n: referenceI18n,
};
