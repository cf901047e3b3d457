import { createElement } from 'react';
import type { ModuleUi } from '../app/module-ui';
import { EditorHomePage, isCatalogEditor, WorkspacePage } from './EditorHomePage';
import { catalogI18n } from './i18n';
import { CatalogImportPage } from './ImportPage';
import { ItemPage, NewItemPage } from './ItemPage';
import { OfferedPage } from './OfferedPage';
import { AdultSearchPage, SearchPage } from './SearchPage';
import { SourcesPage } from './SourcesPage';
import { StandardPage } from './StandardPage';
import { UnitPage } from './UnitPage';

/** The education catalogue: learner search, unit pages, the standard report and the editors' workspace. */
export const catalogUi: ModuleUi = {
  name: 'catalog',
  routes: [
    { path: 'catalogus', element: createElement(SearchPage) },
    { path: 'catalogus/volwassenen', element: createElement(AdultSearchPage) },
    { path: 'catalogus/eenheden/:id', element: createElement(UnitPage) },
    { path: 'catalogus/standaard', element: createElement(StandardPage) },
    { path: 'catalogus/bronnen', element: createElement(SourcesPage) },
    { path: 'catalogus/kwalificaties/:crebo', element: createElement(OfferedPage, { by: 'qualification' }) },
    { path: 'catalogus/keuzedelen/:code', element: createElement(OfferedPage, { by: 'elective' }) },
    { path: 'catalogus/beheer', element: createElement(EditorHomePage) },
    { path: 'catalogus/beheer/import', element: createElement(CatalogImportPage) },
    { path: 'catalogus/beheer/:institutionId', element: createElement(WorkspacePage) },
    { path: 'catalogus/beheer/:institutionId/:kind/nieuw', element: createElement(NewItemPage) },
    { path: 'catalogus/beheer/:institutionId/:kind/:id', element: createElement(ItemPage) },
  ],
  nav: [
    { to: '/catalogus', label: 'navCatalogue', visible: () => true, order: 15 },
    { to: '/catalogus/beheer', label: 'navEditor', visible: isCatalogEditor, order: 60 },
  ],
  roleCards: {
    learner: [{ to: () => '/catalogus', title: 'searchCard', body: 'searchCardBody' }],
    platform_admin: [{ to: () => '/catalogus/bronnen', title: 'sources.title', body: 'sources.lead' }],
    catalog_editor: [{ to: () => '/catalogus/beheer', title: 'editorCard', body: 'editorCardBody' }],
  },
  i18n: catalogI18n,
};
