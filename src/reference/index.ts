import type { PlatformModule } from '../platform/index.js';
import * as core from './migrations/2026-11-05-reference-core.js';
import { registerImportRoutes } from './routes/import-routes.js';
import { registerInstitutionRoutes } from './routes/institution-routes.js';
import { registerReferenceRoutes } from './routes/reference-routes.js';
import { seedReference } from './seed/seed-reference.js';
import { findElective, findInstitutions, findQualification, institutionNames } from './store/queries.js';

export {
  codeExamples,
  codePatterns,
  ELECTIVE_SBU_STEP,
  eqfOfNiveau,
  NIVEAUS,
  PROVINCES,
  type Niveau,
  type Province,
} from './domain/codes.js';
export { staffRoles } from './policy.js';
/** Loads a reference document (JSON import format) as the system: for seeders of other modules. */
export { writeReferenceFile } from './import-reference-data.js';
export type { ElectiveSummary, InstitutionDetail, QualificationDetail, QualificationSummary } from './store/queries.js';
export type { ReferenceTables } from './store/tables.js';
/** Reads other modules may use: institutions (with locations), one kwalificatie with its structure, one keuzedeel. */
export { findElective, findInstitutions, findQualification };

/** The reference module: qualification structure, institutions and their administration. */
export const referenceModule: PlatformModule = {
  name: 'reference',
  products: ['kwalificatiestructuur'],
  migrations: { '2026-11-05-reference-core': core },
  errorCodes: {
    'reference.person-unknown': { status: 404, title: 'Nobody with this e-mail address has logged in yet' },
  },
  registerRoutes(app, context) {
    registerReferenceRoutes(app, context.db);
    registerImportRoutes(app, context.db);
    registerInstitutionRoutes(app, context.db);
  },
  scopeNames: (context, ids) => institutionNames(context.db, ids),
  seedDemo: seedReference,
};
