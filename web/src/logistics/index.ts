import type { ModuleUi } from '../app/module-ui';
import { isPlanner } from './data';
import { logisticsI18n } from './i18n';

const panel = { to: () => '/logistiek', title: 'card', body: 'cardBody' };
const forecast = { to: () => '/logistiek/prognose', title: 'forecastCard', body: 'forecastCardBody' };

/** The mengpaneel, the comparison of scenarios and the student-number forecast, for logistics planners (loaded on demand: the engine and the charts are large). */
export const logisticsUi: ModuleUi = {
  name: 'logistics',
  routes: [
    { path: 'logistiek', lazy: async () => ({ Component: (await import('./MengpaneelPage')).MengpaneelPage }) },
    { path: 'logistiek/vergelijk', lazy: async () => ({ Component: (await import('./ComparePage')).ComparePage }) },
    { path: 'logistiek/prognose', lazy: async () => ({ Component: (await import('./ForecastPage')).ForecastPage }) },
  ],
  nav: [{ to: '/logistiek', label: 'nav', visible: isPlanner, order: 50 }],
  roleCards: { logistics_planner: [panel, forecast] },
  i18n: logisticsI18n,
};
