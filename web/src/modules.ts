import { accountUi } from './account';
import { adminUi } from './admin';
import type { ModuleUi } from './app/module-ui';
import { catalogUi } from './catalog';
import { credentialsUi } from './credentials';
import { dossierUi } from './dossier';
import { homeUi } from './home';
import { logisticsUi } from './logistics';
import { programmeUi } from './programme';
import { referenceUi } from './reference';

/** Every module's part of the web app, in navigation order. */
export const moduleUis: readonly ModuleUi[] = [
  homeUi,
  referenceUi,
  catalogUi,
  credentialsUi,
  dossierUi,
  logisticsUi,
  programmeUi,
  accountUi,
  adminUi,
];
