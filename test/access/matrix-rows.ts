import type { MatrixRow } from './matrix-kit.js';
import { catalogRows } from './rows/catalog-rows.js';
import { logisticsRows } from './rows/logistics-rows.js';
import { credentialsRows } from './rows/credentials-rows.js';
import { dossierRows } from './rows/dossier-rows.js';
import { platformRows } from './rows/platform-rows.js';
import { programmeRows, referenceRows } from './rows/reference-rows.js';

/** Routes not in the matrix: API documentation assets and the web app's static files. */
export const routesOutsideMatrix: readonly RegExp[] = [/^\/api\/docs/, /^\/\*$/];

const all: readonly MatrixRow[] = [
  ...platformRows,
  ...referenceRows,
  ...programmeRows,
  ...catalogRows,
  ...credentialsRows,
  ...dossierRows,
  ...logisticsRows,
];

/** Every row; logout stays last because it ends the caller's session. */
export const matrixRows: readonly MatrixRow[] = [
  ...all.filter((r) => r.url !== '/auth/logout'),
  ...all.filter((r) => r.url === '/auth/logout'),
];
