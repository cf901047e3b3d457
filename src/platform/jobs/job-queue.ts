import PgBoss from 'pg-boss';
import type { Database } from '../db/database.js';
import { DomainError } from '../errors/problem.js';

/** Background work of a module: a named queue, its handler and optionally a schedule. */
export interface JobDefinition<T extends object = object> {
  /** Queue name, prefixed with the module name (`catalog.harvest`). */
  readonly name: string;
  readonly handler: (data: T, job: { readonly id: string }) => Promise<void>;
  /** Cron expression (UTC) on which the job is sent with `scheduleData`. */
  readonly schedule?: string;
  readonly scheduleData?: T;
  /** Attempts after the first failure (default 2), with exponential back-off. */
  readonly retryLimit?: number;
  /** Jobs of this queue one server runs at the same time (default 1). */
  readonly concurrency?: number;
  /** How long a single run may take before it counts as failed (default 15 minutes). */
  readonly expireInSeconds?: number;
}

/** Declares a job with typed data (the queue itself carries plain JSON objects). */
export function defineJob<T extends object>(definition: JobDefinition<T>): JobDefinition {
  return definition as unknown as JobDefinition;
}

/**
 * Sends and runs background jobs (pg-boss in the platform's own database). Send after the
 * transaction that prepared the work has committed: on the embedded database `send` waits for the
 * open transaction to end, so awaiting it inside one would wait forever.
 */
export interface JobQueue {
  /** Queues a job; returns its id. Fails with a clear message when the queue is not running. */
  send(name: string, data: object, options?: { singletonKey?: string; startAfterSeconds?: number }): Promise<string | null>;
  /** Starts workers and schedules for the given definitions (once, after migrations). */
  start(definitions: readonly JobDefinition[]): Promise<void>;
  /** Stops taking work and waits (bounded) for running jobs. */
  stop(): Promise<void>;
  readonly running: boolean;
}

/**
 * A job queue on the platform's database. On PGlite its SQL goes through the same single session as
 * everything else (never inside another caller's transaction); on PostgreSQL it uses the pool.
 */
export function createJobQueue(database: Database, options: { onError: (error: Error) => void }): JobQueue {
  let boss: PgBoss | undefined;
  // A stop during start-up waits for the start to finish, so that nothing is left half running.
  let starting: Promise<void> | undefined;
  const startQueue = async (definitions: readonly JobDefinition[]): Promise<void> => {
    // Without any job there is nothing to poll for: the queue's tables are not even created.
    if (boss || definitions.length === 0) return;
    const instance = new PgBoss({
      db: { executeSql: (text: string, values?: unknown[]) => database.executeSql(text, values) },
      schema: 'pgboss',
      supervise: true,
      schedule: definitions.some((d) => d.schedule !== undefined),
    });
    instance.on('error', options.onError);
    await instance.start();
    try {
      await registerWorkers(instance, definitions);
    } catch (error) {
      await instance.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw error;
    }
    boss = instance;
  };
  return {
    get running() {
      return boss !== undefined;
    },
    async send(name, data, sendOptions = {}) {
      if (!boss) throw notRunning();
      return boss.send(name, data, {
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        ...(sendOptions.startAfterSeconds ? { startAfter: sendOptions.startAfterSeconds } : {}),
      });
    },
    start(definitions) {
      starting ??= startQueue(definitions);
      return starting;
    },
    async stop() {
      await starting?.catch(() => undefined);
      starting = undefined;
      const instance = boss;
      boss = undefined;
      if (instance) await instance.stop({ graceful: true, wait: true, timeout: 8000 });
    },
  };
}

/** Creates each queue, its workers (one per allowed concurrent job) and its schedule. */
async function registerWorkers(instance: PgBoss, definitions: readonly JobDefinition[]): Promise<void> {
  for (const definition of definitions) {
    await instance.createQueue(definition.name, {
      name: definition.name,
      retryLimit: definition.retryLimit ?? 2,
      retryBackoff: true,
      expireInSeconds: definition.expireInSeconds ?? 900,
    });
    for (let worker = 0; worker < (definition.concurrency ?? 1); worker += 1) {
      await instance.work<object>(definition.name, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
        if (job) await definition.handler(job.data, { id: job.id });
      });
    }
    if (definition.schedule) await instance.schedule(definition.name, definition.schedule, definition.scheduleData ?? {}, { tz: 'UTC' });
    else await instance.unschedule(definition.name).catch(() => undefined);
  }
}

function notRunning(): DomainError {
  return new DomainError('service-unavailable', 'Background jobs are not running in this process');
}

/** A queue for processes that run no background work (seeding, migrations, benchmarks' set-up). */
export const idleJobQueue: JobQueue = {
  running: false,
  send: () => Promise.reject(notRunning()),
  start: (definitions) =>
    definitions.length === 0 ? Promise.resolve() : Promise.reject(new Error('This process runs no background jobs')),
  stop: () => Promise.resolve(),
};
