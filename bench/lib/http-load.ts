import autocannon from 'autocannon';
import { summarizeLatencies, type LatencySummary } from './stats.js';

/** One HTTP load run against a single URL. */
export interface HttpLoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  /** A first run of the same load whose answers are not recorded. */
  readonly warmupSeconds?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** POST with this JSON body instead of GET. */
  readonly body?: string;
}

/** Outcome of an HTTP load run: answers per second and their latencies (milliseconds). */
export interface HttpLoadResult {
  readonly requests: number;
  readonly perSecond: number;
  readonly latency: LatencySummary;
  readonly non2xx: number;
  /** Connection errors, timeouts included. */
  readonly errors: number;
  readonly timeouts: number;
  readonly durationSeconds: number;
}

/**
 * Runs autocannon against one URL (after an optional warm-up) and returns req/s and p50/p95/p99.
 * Percentiles come from every answer's own latency rather than autocannon's histogram, which has
 * whole-millisecond resolution and no p95, and so they compare directly with {@link runConcurrently}.
 */
export async function loadHttp(options: HttpLoadOptions): Promise<HttpLoadResult> {
  if (options.warmupSeconds && options.warmupSeconds > 0) await cannon(options, options.warmupSeconds);
  return cannon(options, options.durationSeconds);
}

function cannon(options: HttpLoadOptions, seconds: number): Promise<HttpLoadResult> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: seconds,
        headers: { ...options.headers, ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(options.body !== undefined ? { method: 'POST' as const, body: options.body } : {}),
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
          return;
        }
        const elapsed = (result.finish.getTime() - result.start.getTime()) / 1000;
        resolve({
          requests: latencies.length,
          perSecond: latencies.length / elapsed,
          latency: summarizeLatencies(latencies),
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          durationSeconds: elapsed,
        });
      },
    );
    instance.on('response', (_client, _statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}
