/** The platform layer's public face: modules import from here only. */
export * from './access/policy.js';
export * from './access/principal.js';
export { recordAuditEvent, recordAuditEvents, type AuditEventInput } from './audit/record-audit-event.js';
export type { Config } from './config/config.js';
export { tablesOf, type AnyDb, type Backend, type Database } from './db/database.js';
export type { MigrationSet } from './db/migrate.js';
export type { PlatformTables } from './db/tables.js';
export { DomainError, registerErrorCodes, type ErrorCodeSpec, type FieldError } from './errors/problem.js';
export type { ZodApp } from './http/server.js';
export type { ModuleContext, PlatformModule } from './modules.js';
