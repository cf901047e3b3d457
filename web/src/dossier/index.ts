import type { ModuleUi } from '../app/module-ui';
import { grantsOf } from '../app/session';
import { dossierI18n } from './i18n';

const learnerCard = { to: () => '/dossier', title: 'learnerCard', body: 'learnerCardBody' };
const staffCard = { to: () => '/dossier/instelling', title: 'staffCard', body: 'staffCardBody' };

/**
 * The learner's own dossier (timeline, items, sharing, access log, data rights), the staff page of
 * institutions, and the public recipient page. Loaded on demand: a recipient opening a link loads only
 * what that page needs.
 */
export const dossierUi: ModuleUi = {
  name: 'dossier',
  routes: [
    { path: 'dossier', lazy: async () => ({ Component: (await import('./DossierPage')).DossierPage }) },
    { path: 'dossier/toevoegen', lazy: async () => ({ Component: (await import('./ItemPages')).AddItemPage }) },
    { path: 'dossier/toevoegen/:kind', lazy: async () => ({ Component: (await import('./ItemPages')).AddItemPage }) },
    { path: 'dossier/importeren', lazy: async () => ({ Component: (await import('./ImportPage')).ImportPage }) },
    { path: 'dossier/items/:id', lazy: async () => ({ Component: (await import('./ItemPages')).ItemPage }) },
    { path: 'dossier/items/:id/bewerken', lazy: async () => ({ Component: (await import('./ItemPages')).EditItemPage }) },
    { path: 'dossier/delen', lazy: async () => ({ Component: (await import('./SharePage')).SharePage }) },
    { path: 'dossier/inzage', lazy: async () => ({ Component: (await import('./AccessLogPage')).AccessLogPage }) },
    { path: 'dossier/gegevens', lazy: async () => ({ Component: (await import('./DataPage')).DataPage }) },
    { path: 'dossier/instelling', lazy: async () => ({ Component: (await import('./InstitutionPage')).InstitutionPage }) },
    {
      path: 'dossier/instelling/gedeeld/:id',
      lazy: async () => ({ Component: (await import('./InstitutionPage')).InstitutionSharePage }),
    },
    { path: 'gedeeld/:token', lazy: async () => ({ Component: (await import('./SharedPage')).SharedPage }) },
  ],
  nav: [{ to: '/dossier', label: 'navDossier', visible: (s) => grantsOf(s).some((g) => g.role === 'learner'), order: 39 }],
  roleCards: { learner: [learnerCard], mentor: [staffCard], teacher: [staffCard], institution_admin: [staffCard] },
  i18n: dossierI18n,
};
