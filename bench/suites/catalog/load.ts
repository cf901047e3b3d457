import autocannon from 'autocannon';
import { summarizeLatencies } from '../../lib/stats.js';
import type { HttpLoadResult } from '../../lib/http-load.js';

/** Like the shared loadHttp, over several paths that every connection cycles through. */
export async function loadPaths(options: {
  readonly baseUrl: string;
  readonly paths: readonly string[];
  readonly connections: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly headers?: Record<string, string>;
}): Promise<HttpLoadResult> {
  if (options.warmupSeconds > 0) await run(options, options.warmupSeconds);
  return run(options, options.durationSeconds);
}

function run(options: Parameters<typeof loadPaths>[0], seconds: number): Promise<HttpLoadResult> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: seconds,
        headers: { ...options.headers },
        // PGlite answers one statement at a time: at 16 connections a request may wait in line for many seconds.
        timeout: 120,
        // Each connection starts at another place in the list, so that the mix is the same at every moment.
        requests: options.paths.map((path) => ({ method: 'GET' as const, path })),
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
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
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}
