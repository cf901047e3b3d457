import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LatencySummary } from './stats.js';

/*
 * HTTP load with wrk (Debian package `wrk`, ADR 0060): a C program on epoll that costs the two-core
 * machine a quarter of what a load generator in JavaScript costs per answer, so that load generator,
 * server and database compete for the cores as little as possible. A Lua script picks each request's
 * path (cycling through a list), method, headers and body, and prints the counts and percentiles
 * (from wrk's microsecond histogram) as JSON.
 */

/** One HTTP load run against a URL, or against several paths of one server that the requests cycle through. */
export interface HttpLoadOptions {
  /** The URL; with `paths`, the server's base URL. */
  readonly url: string;
  readonly paths?: readonly string[];
  readonly connections: number;
  readonly durationSeconds: number;
  /** A first run of the same load whose answers are not recorded. */
  readonly warmupSeconds?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** POST with this JSON body instead of GET. */
  readonly body?: string;
  /** Seconds after which a request counts as timed out (default 60; PGlite answers one statement at a time). */
  readonly timeoutSeconds?: number;
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

/** A Lua string literal: JSON's escapes, with its \\uXXXX (control characters only) as Lua's decimal escapes. */
const luaString = (value: string) =>
  JSON.stringify(value).replace(/\\u00([0-9a-fA-F]{2})/g, (_, hex: string) => `\\${String(parseInt(hex, 16)).padStart(3, '0')}`);

/** The wrk script of one run: request paths, method, headers and body; the summary as one JSON line. */
function script(options: HttpLoadOptions, paths: readonly string[]): string {
  const headers = { ...options.headers, ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) };
  return `
local paths = { ${paths.map(luaString).join(', ')} }
local headers = { ${Object.entries(headers)
    .map(([k, v]) => `[${luaString(k)}] = ${luaString(v)}`)
    .join(', ')} }
local method = ${luaString(options.body !== undefined ? 'POST' : 'GET')}
local body = ${options.body !== undefined ? luaString(options.body) : 'nil'}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format(method, paths[(counter % #paths) + 1], headers, body)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('@@{"requests":%d,"durationUs":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"mean":%.3f,"p50":%d,"p95":%d,"p99":%d,"max":%d}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
`;
}

/** Makes sure wrk is installed: Debian's package, installed when missing (as CI installs Chromium). */
export function ensureWrk(): void {
  if (spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined) return;
  const install = spawnSync('sh', ['-c', '(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >/dev/null'], {
    stdio: 'inherit',
  });
  if (install.status !== 0 || spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error !== undefined)
    throw new Error('The benchmarks need wrk, the HTTP load generator: install the Debian package "wrk" (apt-get install -y wrk).');
}

function run(options: HttpLoadOptions, seconds: number, scriptFile: string, target: URL): Promise<HttpLoadResult> {
  const args = [
    '-t1',
    `-c${options.connections}`,
    `-d${seconds}s`,
    `--timeout`,
    `${options.timeoutSeconds ?? 60}s`,
    '-s',
    scriptFile,
    target.href,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('@@'));
      if (code !== 0 || !line) {
        reject(new Error(`wrk exited with ${String(code)}:\n${output.slice(-2000)}`));
        return;
      }
      const r = JSON.parse(line.slice(2)) as Record<string, number>;
      const n = (key: string) => r[key] ?? 0;
      const durationSeconds = n('durationUs') / 1e6;
      const ms = (key: string) => n(key) / 1000;
      resolve({
        requests: n('requests'),
        perSecond: n('requests') / durationSeconds,
        latency: { count: n('requests'), mean: ms('mean'), p50: ms('p50'), p95: ms('p95'), p99: ms('p99'), max: ms('max') },
        non2xx: n('status'),
        errors: n('connect') + n('read') + n('write') + n('timeout'),
        timeouts: n('timeout'),
        durationSeconds,
      });
    });
  });
}

/**
 * Runs wrk against one URL or a list of paths (after an optional warm-up run) and returns req/s and
 * the latency percentiles, which compare directly with {@link runConcurrently}'s.
 */
export async function loadHttp(options: HttpLoadOptions): Promise<HttpLoadResult> {
  ensureWrk();
  const target = new URL(options.url);
  const paths = options.paths ?? [`${target.pathname}${target.search}`];
  const dir = await mkdtemp(join(tmpdir(), 'doorpakken-wrk-'));
  try {
    const file = join(dir, 'load.lua');
    await writeFile(file, script(options, paths));
    const base = new URL('/', target);
    if (options.warmupSeconds && options.warmupSeconds > 0) await run(options, options.warmupSeconds, file, base);
    return await run(options, options.durationSeconds, file, base);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
