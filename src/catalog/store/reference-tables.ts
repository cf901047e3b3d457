import type { ReferenceTables } from '../../reference/index.js';

export type { GeneratedJson, GeneratedTimestamp, Json, PlatformTables, Timestamp } from '../../platform/index.js';

/** The reference module's tables the catalogue reads (kwalificaties, keuzedelen, institutions, locations). */
export type ReferenceTablesForCatalog = ReferenceTables;
