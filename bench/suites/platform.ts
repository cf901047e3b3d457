import { join } from 'node:path';
import { Cleanup, tempDir } from '../lib/cleanup.js';
import type { ConcurrentResult } from '../lib/concurrent.js';
import { loadHttp, type HttpLoadResult } from '../lib/http-load.js';
import { createDatabase } from '../lib/postgres.js';
import { startServer, stopAndReport, type ServerChild } from '../lib/server-process.js';
import { median } from '../lib/stats.js';
import type { BenchContext, Figure, Suite } from '../lib/suite.js';
import { measureDirectQuery } from './platform/direct.js';
import { prepareData, type PreparedData, type Storage } from './platform/prepare.js';
import { assertClean, atLeast, atMost } from '../lib/checks.js';

const CONNECTIONS = 50;
/** The server's default DATABASE_POOL_SIZE, set explicitly so that the direct pool matches it. */
const POOL_SIZE = 10;
/** Start-up is short and jumpy; the median of a few starts says more than one. */
const STARTS = 3;

type BackendName = 'PGlite' | 'PostgreSQL';

/** Everything measured on one backend. */
interface BackendRun {
  readonly backend: BackendName;
  readonly serverVersion: string;
  readonly prepareSeconds: number;
  readonly startupMs: readonly number[];
  readonly health: HttpLoadResult;
  readonly read: HttpLoadResult;
  /** The same read from a bare node:http server (PostgreSQL only; PGlite admits one process). */
  readonly bare: HttpLoadResult | undefined;
  readonly direct: ConcurrentResult;
}

/** Refuses a measurement of error answers: their speed says nothing about the platform. */

async function accessToken(server: ServerChild, data: PreparedData): Promise<string> {
  const response = await fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: data.clientId, client_secret: data.clientSecret }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (response.status !== 200 || !body.access_token)
    throw new Error(`POST /oauth/token answered ${response.status}: ${JSON.stringify(body)}`);
  return body.access_token;
}

async function expectOk(url: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(url, { headers });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
}

async function benchBackend(context: BenchContext, backend: BackendName, cleanup: Cleanup): Promise<BackendRun> {
  const { log } = context;
  const dataDir = await tempDir(cleanup, backend.toLowerCase());
  const databaseUrl = backend === 'PostgreSQL' ? await createDatabase(context.adminDatabaseUrl, 'dp_bench', cleanup) : undefined;
  const storage: Storage = { dataDir, databaseUrl };

  log(`${backend}: migrating and seeding`);
  const data = await prepareData(storage);
  const script = await context.serverScript();
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'false',
    RATE_LIMIT_PER_MINUTE: '100000000',
    DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: String(POOL_SIZE) } : {}),
  };

  const startupMs: number[] = [];
  let server: ServerChild | undefined;
  for (let start = 0; start < STARTS; start += 1) {
    await server?.stop();
    server = await startServer({ script, cwd: context.repoRoot, env, cleanup });
    startupMs.push(server.startupMs);
  }
  if (!server) throw new Error('no server started');
  log(`${backend}: start-up ${startupMs.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);

  const authorization = `Bearer ${await accessToken(server, data)}`;
  const readUrl = `${server.url}/api/institutions/${data.institutionId}`;
  await expectOk(readUrl, { authorization });
  const load = { connections: CONNECTIONS, durationSeconds: context.durationSeconds, warmupSeconds: context.warmupSeconds };

  log(`${backend}: GET /health at ${CONNECTIONS} connections`);
  const health = await loadHttp({ ...load, url: `${server.url}/health` });
  assertClean('GET /health', health);
  log(`${backend}: GET /api/institutions/:id at ${CONNECTIONS} connections`);
  const read = await loadHttp({ ...load, url: readUrl, headers: { authorization } });
  assertClean('GET /api/institutions/:id', read);

  await stopAndReport(server, backend, log);

  let bare: HttpLoadResult | undefined;
  if (databaseUrl) {
    log(`${backend}: the same read from a bare node:http server at ${CONNECTIONS} connections`);
    const floor = await startServer({
      script: join(context.repoRoot, 'bench', 'suites', 'platform', 'bare-server.ts'),
      nodeArgs: ['--import', 'tsx'],
      cwd: context.repoRoot,
      env: { DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: String(POOL_SIZE) },
      cleanup,
    });
    bare = await loadHttp({ ...load, url: `${floor.url}/api/institutions/${data.institutionId}`, headers: { authorization } });
    assertClean('bare GET /api/institutions/:id', bare);
    await floor.stop();
  }

  log(`${backend}: the same query through the driver, ${CONNECTIONS} concurrent callers`);
  const direct = await measureDirectQuery(storage, {
    institutionId: data.institutionId,
    workers: CONNECTIONS,
    poolSize: POOL_SIZE,
    durationSeconds: context.durationSeconds,
    warmupSeconds: context.warmupSeconds,
  });
  if (direct.errors > 0) throw new Error(`Direct query: ${direct.errors} errors, the first: ${direct.firstError ?? ''}`);

  return { backend, serverVersion: data.serverVersion, prepareSeconds: data.seconds, startupMs, health, read, bare, direct };
}

function figuresOf(run: BackendRun): Figure[] {
  const group = run.backend;
  const onPostgres = run.backend === 'PostgreSQL';
  const latencies = (key: string, label: string, latency: HttpLoadResult['latency']): Figure[] =>
    (['p50', 'p95', 'p99'] as const).map((p) => ({ key: `${key}.${p}`, label: `${label}: ${p}`, group, value: latency[p], unit: 'ms' }));
  return [
    { key: 'startup', label: 'Start-up to first ready answer', group, value: median(run.startupMs) / 1000, unit: 's', target: atMost(3) },
    {
      key: 'health.rps',
      label: 'GET /health: throughput',
      group,
      value: run.health.perSecond,
      unit: 'req/s',
      ...(onPostgres ? { target: atLeast(3000) } : {}),
    },
    ...latencies('health', 'GET /health', run.health.latency),
    { key: 'read.rps', label: 'Authenticated read: throughput', group, value: run.read.perSecond, unit: 'req/s' },
    ...latencies('read', 'Authenticated read', run.read.latency),
    ...(run.bare
      ? ([
          { key: 'bare.rps', label: 'Bare node:http, same query: throughput', group, value: run.bare.perSecond, unit: 'req/s' },
          { key: 'bare.p50', label: 'Bare node:http, same query: p50', group, value: run.bare.latency.p50, unit: 'ms' },
        ] satisfies Figure[])
      : []),
    { key: 'direct.qps', label: 'Direct query: throughput', group, value: run.direct.perSecond, unit: 'queries/s' },
    ...latencies('direct', 'Direct query', run.direct.latency),
    {
      key: 'ratio',
      label: 'API / direct p50',
      group,
      value: run.read.latency.p50 / run.direct.latency.p50,
      unit: 'ratio',
      ...(onPostgres ? { target: atMost(2) } : {}),
    },
    ...(run.bare
      ? ([
          {
            key: 'bare.ratio',
            label: 'Bare node:http / direct p50',
            group,
            value: run.bare.latency.p50 / run.direct.latency.p50,
            unit: 'ratio',
          },
        ] satisfies Figure[])
      : []),
  ];
}

/** The platform's own overhead: start-up, the HTTP stack, bearer-token authentication and one query by key. */
export const platformSuite: Suite = {
  name: 'platform',
  description:
    `Start-up, \`GET /health\` and the authenticated read \`GET /api/institutions/:id\` (bearer token, routing, ` +
    `validation, one query by primary key) at ${CONNECTIONS} connections, against that same query through the ` +
    `database driver at the same concurrency; on PGlite and on PostgreSQL (pool of ${POOL_SIZE}).`,
  async run(context) {
    const runs: BackendRun[] = [];
    for (const backend of ['PGlite', 'PostgreSQL'] as const) {
      // Each backend's server, data folder and database go as soon as it is measured.
      const cleanup = new Cleanup();
      context.cleanup.add(() => cleanup.run());
      try {
        runs.push(await benchBackend(context, backend, cleanup));
      } finally {
        await cleanup.run();
      }
    }
    const versions = runs.map((r) => `${r.backend} reports server_version ${r.serverVersion}`).join('; ');
    const startups = runs.map((r) => `${r.backend}: ${r.startupMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s`).join('; ');
    return {
      figures: runs.flatMap(figuresOf),
      notes: [
        `${versions}. Each load phase: ${context.durationSeconds} s after ${context.warmupSeconds} s of warm-up.`,
        `Start-up is the median of ${STARTS} consecutive starts on the same data (${startups}).`,
        'The authenticated read uses one client-credentials token; the server checks its signature and whether the client ' +
          'was revoked once per 30 s, so the figure is mostly routing, authorisation, validation and one query.',
        'PGlite runs one query at a time in the server process, so its direct-query latency is mostly waiting in line; ' +
          'the ratio there shows how much the HTTP layer adds on top of that queue, not a pool at work.',
        'The bare node:http server (bench/suites/platform/bare-server.ts, PostgreSQL only) answers the same read with the same ' +
          'statement, driver and pool size and nothing else: no framework, authentication, validation, rate limit, security ' +
          'headers or logging. Its ratio to the direct query is what HTTP alone costs on this machine.',
        'Load generator, server and database share the same cores: during the API runs three busy processes compete, ' +
          'during the direct runs two. Throughput is a lower bound for a dedicated machine and the ratio errs on the high side.',
      ],
      details: runs,
    };
  },
};
