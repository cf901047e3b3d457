import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CryptoTask } from './crypto-worker.js';

/*
 * A small pool of worker threads for signing and verification (ADR 0024): JSON-LD canonicalisation
 * is CPU-bound, so one worker per core keeps both cores busy while the main thread serves HTTP and
 * talks to the database. A task that runs over its time limit (a canonicalisation bomb that slipped
 * past the work factor) gets its worker terminated and replaced.
 */

/** Thrown when a task exceeded its time limit. */
export class TaskTimeoutError extends Error {
  override readonly name = 'TaskTimeoutError';
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** Runs crypto tasks on worker threads. */
export interface CryptoPool {
  run<T>(task: CryptoTask, timeoutMs?: number): Promise<T>;
  readonly size: number;
  close(): Promise<void>;
}

const fromSource = import.meta.url.endsWith('.ts');

function spawn(): Worker {
  if (!fromSource) return new Worker(new URL('./crypto-worker.js', import.meta.url));
  // Run from source (tests, development) the worker registers the TypeScript loader first.
  const url = new URL('./crypto-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(bootstrap, { eval: true });
}

/** Creates a pool of `size` workers (default: one per core), started on first use. */
export function createCryptoPool(size = Math.max(1, availableParallelism())): CryptoPool {
  const slots: Array<Slot | undefined> = Array.from({ length: size }, () => undefined);
  let next = 0;

  const start = (index: number): Slot => {
    const worker = spawn();
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (message: { id: number; ok: boolean; result?: unknown; error?: string }) => {
      const pending = slot.pending.get(message.id);
      if (!pending) return;
      slot.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (slot.pending.size === 0) worker.unref();
      if (message.ok) pending.resolve(message.result);
      else pending.reject(new Error(message.error ?? 'crypto task failed'));
    });
    const fail = (error: Error) => {
      for (const pending of slot.pending.values()) {
        clearTimeout(pending.timer);
        pending.reject(error);
      }
      slot.pending.clear();
      if (slots[index] === slot) slots[index] = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`crypto worker stopped (${code})`)));
    worker.unref();
    slots[index] = slot;
    return slot;
  };

  let counter = 0;
  return {
    size,
    run<T>(task: CryptoTask, timeoutMs = 10_000): Promise<T> {
      // The least busy worker, round-robin among equals.
      let index = next;
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < size; i += 1) {
        const candidate = (next + i) % size;
        const load = slots[candidate]?.pending.size ?? 0;
        if (load < best) {
          best = load;
          index = candidate;
        }
      }
      next = (index + 1) % size;
      const slot = slots[index] ?? start(index);
      counter += 1;
      const id = counter;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          slot.pending.delete(id);
          reject(new TaskTimeoutError(`the task took longer than ${timeoutMs} ms`));
          // The worker may be stuck in the task: replace it (its other tasks fail and are retried by callers).
          void slot.worker.terminate();
        }, timeoutMs);
        slot.pending.set(id, { resolve: resolve, reject, timer });
        slot.worker.ref();
        slot.worker.postMessage({ id, task });
      });
    },
    async close() {
      await Promise.all(slots.map((slot) => (slot ? slot.worker.terminate() : Promise.resolve(0))));
      slots.fill(undefined);
    },
  };
}

let shared: CryptoPool | undefined;

/** The process-wide pool (workers do not keep the process alive while idle). */
export function cryptoPool(): CryptoPool {
  shared ??= createCryptoPool();
  return shared;
}
