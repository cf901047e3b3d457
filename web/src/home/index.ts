import { createElement } from 'react';
import type { ModuleUi } from '../app/module-ui';
import { HomePage } from './HomePage';
import { homeI18n } from './i18n';

/** The landing page with the programme overview. */
export const homeUi: ModuleUi = {
  name: 'home',
  routes: [{ index: true, element: createElement(HomePage) }],
  nav: [{ to: '/', label: 'nav', visible: () => true, order: 0 }],
  i18n: homeI18n,
};
