import { accountUi } from './account';
import { adminUi } from './admin';
import type { ModuleUi } from './app/module-ui';
import { credentialsUi } from './credentials';
import { homeUi } from './home';
import { referenceUi } from './reference';

/** Every module's part of the web app, in navigation order. */
export const moduleUis: readonly ModuleUi[] = [homeUi, referenceUi, credentialsUi, accountUi, adminUi];
