import type { Config } from './config/config.js';
import type { AnyDb } from './db/database.js';
import type { MigrationSet } from './db/migrate.js';
import type { ErrorCodeSpec } from './errors/problem.js';
import type { ZodApp } from './http/server.js';
import type { JobDefinition, JobQueue } from './jobs/job-queue.js';
import type { SecretBox } from './crypto/secrets.js';

/** What a module's routes and seeders get from the composition root. */
export interface ModuleContext {
  readonly db: AnyDb;
  readonly config: Config;
  /** Codes of the programme products that the running modules deliver. */
  readonly deliveredProducts: ReadonlySet<string>;
  /** Background jobs: send work to the queue (handlers are the modules' `jobs`). */
  readonly jobs: JobQueue;
  /**
   * Encrypts small secrets (private keys) at rest with a key derived from the platform secret, one
   * key per `purpose`. Throws when the process was started without the platform secret.
   */
  readonly secretBox: (purpose: string) => SecretBox;
}

/** A domain module as the composition root sees it. */
export interface PlatformModule {
  readonly name: string;
  /** Codes of the programme's products (see the programme overview) this module delivers. */
  readonly products?: readonly string[];
  /** Migrations named `YYYY-MM-DD-<module>-<what>`; merged with every other module's and run in name order. */
  readonly migrations?: MigrationSet;
  /** The module's domain error codes (prefixed with the module name) and their HTTP mapping. */
  readonly errorCodes?: Readonly<Record<string, ErrorCodeSpec>>;
  /** Registers the module's HTTP routes. */
  readonly registerRoutes?: (app: ZodApp, context: ModuleContext) => void | Promise<void>;
  /** Names of the institutions or teams this module owns, for role descriptions. */
  readonly scopeNames?: (context: ModuleContext, ids: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  /** The module's background jobs (queues, handlers, schedules). */
  readonly jobs?: (context: ModuleContext) => readonly JobDefinition[];
  /** Writes data every deployment needs (not demo data); runs at every start, so it must be idempotent. */
  readonly ensureData?: (context: ModuleContext) => Promise<void>;
  /** Writes the module's demo data; must be idempotent (running it twice changes nothing). */
  readonly seedDemo?: (context: ModuleContext) => Promise<void>;
  /** Demo data that belongs to the demo accounts (runs after they exist); idempotent like `seedDemo`. */
  readonly seedDemoForAccounts?: (context: ModuleContext) => Promise<void>;
}
