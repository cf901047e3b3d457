import { createElement } from 'react';
import type { ModuleUi } from '../app/module-ui';
import { grantsOf } from '../app/session';
import { AccessLogPage } from './AccessLogPage';
import { DataPage } from './DataPage';
import { DossierPage } from './DossierPage';
import { dossierI18n } from './i18n';
import { ImportPage } from './ImportPage';
import { InstitutionPage, InstitutionSharePage } from './InstitutionPage';
import { AddItemPage, EditItemPage, ItemPage } from './ItemPages';
import { SharedPage } from './SharedPage';
import { SharePage } from './SharePage';

const learnerCard = { to: () => '/dossier', title: 'learnerCard', body: 'learnerCardBody' };
const staffCard = { to: () => '/dossier/instelling', title: 'staffCard', body: 'staffCardBody' };

/** The learner's own dossier: timeline, items, sharing, access log, data rights; and the recipient's page. */
export const dossierUi: ModuleUi = {
  name: 'dossier',
  routes: [
    { path: 'dossier', element: createElement(DossierPage) },
    { path: 'dossier/toevoegen', element: createElement(AddItemPage) },
    { path: 'dossier/toevoegen/:kind', element: createElement(AddItemPage) },
    { path: 'dossier/importeren', element: createElement(ImportPage) },
    { path: 'dossier/items/:id', element: createElement(ItemPage) },
    { path: 'dossier/items/:id/bewerken', element: createElement(EditItemPage) },
    { path: 'dossier/delen', element: createElement(SharePage) },
    { path: 'dossier/inzage', element: createElement(AccessLogPage) },
    { path: 'dossier/gegevens', element: createElement(DataPage) },
    { path: 'dossier/instelling', element: createElement(InstitutionPage) },
    { path: 'dossier/instelling/gedeeld/:id', element: createElement(InstitutionSharePage) },
    { path: 'gedeeld/:token', element: createElement(SharedPage) },
  ],
  nav: [{ to: '/dossier', label: 'navDossier', visible: (s) => grantsOf(s).some((g) => g.role === 'learner'), order: 39 }],
  roleCards: { learner: [learnerCard], mentor: [staffCard], teacher: [staffCard], institution_admin: [staffCard] },
  i18n: dossierI18n,
};
