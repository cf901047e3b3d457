/** The platform layer's public face: modules import from here only. */
export * from './access/policy.js';
export * from './access/principal.js';
export { recordAuditEvent, recordAuditEvents, type AuditEventInput } from './audit/record-audit-event.js';
export type { Config } from './config/config.js';
export { hashToken, randomToken, type SecretBox } from './crypto/secrets.js';
export { tablesOf, type AnyDb, type Backend, type Database } from './db/database.js';
export type { MigrationSet } from './db/migrate.js';
export type { GeneratedJson, GeneratedTimestamp, Json, PlatformTables, Timestamp } from './db/tables.js';
export { DomainError, registerErrorCodes, type ErrorCodeSpec, type FieldError } from './errors/problem.js';
export type { ZodApp } from './http/server.js';
export type { ModuleContext, PlatformModule } from './modules.js';
export {
  importRejected,
  MAX_LISTED_ROW_ERRORS,
  parseCsv,
  requireColumns,
  rowErrorsFromZod,
  validateRows,
  type RowError,
  type RowErrorCode,
  type TabularRow,
} from './imports/tabular.js';
export { offsetLimit, pageOf, pageQuery, type PageQuery } from './http/paging.js';
export {
  findPersonByEmail,
  listApiClients,
  listRoleAssignments,
  revokeApiClient,
  revokeRoleAssignment,
  type ApiClientView,
  type RoleAssignmentView,
} from './identity/admin.js';
export { clientScopes, createApiClient, type ClientScope } from './identity/client-credentials.js';
export { erasePerson, grantRole } from './identity/persons.js';
export { SESSION_COOKIE } from './identity/sessions.js';
export { defineJob, type JobDefinition, type JobQueue } from './jobs/job-queue.js';
