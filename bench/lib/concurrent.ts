import { performance } from 'node:perf_hooks';
import { summarizeLatencies, type LatencySummary } from './stats.js';

/** What {@link runConcurrently} should do. */
export interface ConcurrentOptions {
  /** How many callers run the task at the same time, each waiting for its previous call. */
  readonly workers: number;
  readonly durationSeconds: number;
  /** A first phase of the same load whose calls are not recorded (pools fill, code gets optimised). */
  readonly warmupSeconds?: number;
  /** One call; `worker` is the caller's number (0-based). A rejection counts as an error. */
  readonly task: (worker: number) => Promise<unknown>;
}

/** Outcome of a concurrent run: completed calls per second and their latencies. */
export interface ConcurrentResult {
  readonly calls: number;
  readonly errors: number;
  readonly firstError: string | undefined;
  readonly durationSeconds: number;
  readonly perSecond: number;
  readonly latency: LatencySummary;
}

/** Runs `workers` concurrent loops of an async task for a fixed time and records every call's latency. */
export async function runConcurrently(options: ConcurrentOptions): Promise<ConcurrentResult> {
  if (options.warmupSeconds && options.warmupSeconds > 0) await phase(options, options.warmupSeconds);
  return phase(options, options.durationSeconds);
}

async function phase(options: ConcurrentOptions, seconds: number): Promise<ConcurrentResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async (index: number): Promise<void> => {
    while (performance.now() < deadline) {
      const begin = performance.now();
      try {
        await options.task(index);
        latencies.push(performance.now() - begin);
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.workers }, (_, index) => worker(index)));
  // Calls still running at the deadline finish afterwards; dividing by the real elapsed time keeps the rate honest.
  const elapsed = (performance.now() - started) / 1000;
  return {
    calls: latencies.length,
    errors,
    firstError,
    durationSeconds: elapsed,
    perSecond: latencies.length / elapsed,
    latency: summarizeLatencies(latencies),
  };
}
