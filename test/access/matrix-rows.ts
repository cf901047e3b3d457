import { platformRows } from './rows/platform-rows.js';
import type { MatrixRow } from './matrix-kit.js';

/** Routes not in the matrix: API documentation assets and the web app's static files. */
export const routesOutsideMatrix: readonly RegExp[] = [/^\/api\/docs/, /^\/\*$/];

/** Every row; logout stays last because it ends the caller's session. */
export const matrixRows: readonly MatrixRow[] = [
  ...platformRows.filter((r) => r.url !== '/auth/logout'),
  ...platformRows.filter((r) => r.url === '/auth/logout'),
];
