import { createElement } from 'react';
import type { ModuleUi } from '../app/module-ui';
import { AuditPage } from './AuditPage';
import { accountI18n } from './i18n';
import { MyPage } from './MyPage';

/** The person's own pages: what each role can do, and the audit trail of their data. */
export const accountUi: ModuleUi = {
  name: 'account',
  routes: [
    { path: 'mijn', element: createElement(MyPage) },
    { path: 'mijn/logboek', element: createElement(AuditPage) },
  ],
  nav: [{ to: '/mijn', label: 'nav', visible: (s) => s?.authenticated === true, order: 80 }],
  i18n: accountI18n,
};
