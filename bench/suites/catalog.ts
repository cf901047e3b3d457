import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { harvestSource } from '../../src/catalog/harvest-source.js';
import { generatedRows, xlsxFile } from '../../test/catalog/files.js';
import { Cleanup, tempDir } from '../lib/cleanup.js';
import type { ConcurrentResult } from '../lib/concurrent.js';
import { loadHttp, type HttpLoadResult } from '../lib/http-load.js';
import { createDatabase } from '../lib/postgres.js';
import { startServer, stopAndReport, type ServerChild } from '../lib/server-process.js';
import type { BenchContext, Figure, Suite, Target } from '../lib/suite.js';
import { measureDirectSearch, measureSearchWithoutHttp } from './catalog/direct.js';
import { openStorage, prepare, type Prepared, type Storage } from './catalog/prepare.js';
import { searchPaths } from './catalog/queries.js';
import { assertClean, atLeast, atMost } from '../lib/checks.js';

const UNITS = Number(process.env['BENCH_CATALOG_UNITS'] ?? 100_000);
const HARVEST_UNITS = 10_000;
const IMPORT_ROWS = 10_000;
const SEARCH_CONNECTIONS = 16;
const OEAPI_CONNECTIONS = 32;
const POOL_SIZE = 10;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type BackendName = 'PGlite' | 'PostgreSQL';

interface BackendRun {
  readonly backend: BackendName;
  readonly prepared: Prepared;
  readonly search: HttpLoadResult;
  readonly oeapi: HttpLoadResult;
  readonly direct: ConcurrentResult;
  /** The store's search in the bench process, without HTTP. */
  readonly inProcess: ConcurrentResult;
  readonly importSeconds: number;
  readonly importReport: unknown;
  readonly harvestSeconds: number;
  readonly harvestCounts: Record<string, number> | undefined;
  /** The one-minute load average of the machine before the search phase and after the direct run. */
  readonly loadAverage: { readonly before: number; readonly after: number };
}

async function token(server: ServerChild, prepared: Prepared): Promise<string> {
  const response = await fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: prepared.clientId, client_secret: prepared.clientSecret }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`POST /oauth/token answered ${response.status}`);
  return body.access_token;
}

function serverEnv(storage: Storage): Record<string, string> {
  return {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'false',
    RATE_LIMIT_PER_MINUTE: '100000000',
    BODY_LIMIT_BYTES: String(25 * 1024 * 1024),
    DATA_DIR: storage.dataDir,
    ...(storage.databaseUrl ? { DATABASE_URL: storage.databaseUrl, DATABASE_POOL_SIZE: String(POOL_SIZE) } : {}),
  };
}

/** A second server with a catalogue of its own (PostgreSQL), the remote source every backend harvests from. */
async function startRemote(context: BenchContext, cleanup: Cleanup): Promise<string> {
  const dataDir = await tempDir(cleanup, 'remote');
  const storage: Storage = { dataDir, databaseUrl: await createDatabase(context.adminDatabaseUrl, 'dp_bench_remote', cleanup) };
  context.log(`remote source: loading ${HARVEST_UNITS} units`);
  await prepare(storage, { seed: 4242, units: HARVEST_UNITS, log: context.log });
  const server = await startServer({ script: await context.serverScript(), cwd: context.repoRoot, env: serverEnv(storage), cleanup });
  cleanup.add(async () => void (await server.stop()));
  return `${server.url}/oeapi/v6`;
}

async function benchBackend(context: BenchContext, backend: BackendName, remoteUrl: string, cleanup: Cleanup): Promise<BackendRun> {
  const { log } = context;
  const dataDir = await tempDir(cleanup, `catalog-${backend.toLowerCase()}`);
  const storage: Storage = {
    dataDir,
    databaseUrl: backend === 'PostgreSQL' ? await createDatabase(context.adminDatabaseUrl, 'dp_bench_catalog', cleanup) : undefined,
  };
  log(`${backend}: migrating and loading ${UNITS} units`);
  const prepared = await prepare(storage, { seed: 42, units: UNITS, log });
  log(`${backend}: loaded ${prepared.units} units and ${prepared.offerings} offerings in ${prepared.seconds.toFixed(0)} s`);
  if (storage.databaseUrl) {
    const db = await openStorage(storage);
    // After a bulk load, as an operator would (autovacuum gets there too, later): statistics, and the
    // old versions of the search postings that loading in batches left behind.
    await db.rawQuery('vacuum analyze', []);
    await db.close();
  }

  const load = { connections: SEARCH_CONNECTIONS, durationSeconds: context.durationSeconds, warmupSeconds: context.warmupSeconds };
  const script = await context.serverScript();
  const startCatalogServer = () => startServer({ script, cwd: context.repoRoot, env: serverEnv(storage), cleanup });
  let server = await startCatalogServer();
  const loadBefore = loadavg()[0] ?? 0;
  log(`${backend}: learner search (two filters, facets) at ${SEARCH_CONNECTIONS} connections`);
  const search = await loadHttp({ url: server.url, paths: searchPaths, ...load, timeoutSeconds: 120 });
  assertClean('search', search);
  await stopAndReport(server, backend, log);

  // On the same data as the search above, before the import and the harvest add to it.
  log(`${backend}: the same searches straight through the driver, ${SEARCH_CONNECTIONS} concurrent callers`);
  const direct = await measureDirectSearch(storage, { workers: SEARCH_CONNECTIONS, poolSize: POOL_SIZE, ...load });
  if (direct.errors > 0) throw new Error(`direct search: ${direct.errors} errors, the first: ${direct.firstError ?? ''}`);
  log(`${backend}: the same searches by the store's search without HTTP, ${SEARCH_CONNECTIONS} concurrent callers`);
  const inProcess = await measureSearchWithoutHttp(storage, { workers: SEARCH_CONNECTIONS, poolSize: POOL_SIZE, ...load });
  if (inProcess.errors > 0) throw new Error(`search without HTTP: ${inProcess.errors} errors, the first: ${inProcess.firstError ?? ''}`);
  const loadAverage = { before: loadBefore, after: loadavg()[0] ?? 0 };

  server = await startCatalogServer();
  log(`${backend}: GET /oeapi/v6/courses?pageSize=100 at ${OEAPI_CONNECTIONS} connections`);
  const oeapi = await loadHttp({
    url: `${server.url}/oeapi/v6/courses?pageSize=100`,
    timeoutSeconds: 120,
    ...load,
    connections: OEAPI_CONNECTIONS,
  });
  assertClean('oeapi', oeapi);

  log(`${backend}: importing a ${IMPORT_ROWS}-row spreadsheet`);
  const workbook = await xlsxFile(generatedRows(IMPORT_ROWS, { prefix: 'BENCH', location: '810X001' }));
  const authorization = `Bearer ${await token(server, prepared)}`;
  const importStarted = performance.now();
  const imported = await fetch(`${server.url}/api/catalog/workspace/${prepared.institutionId}/imports?publish=true`, {
    method: 'POST',
    headers: { authorization, 'content-type': XLSX },
    body: workbook,
  });
  const importSeconds = (performance.now() - importStarted) / 1000;
  const importReport = await imported.json();
  if (imported.status !== 200) throw new Error(`import answered ${imported.status}: ${JSON.stringify(importReport).slice(0, 500)}`);
  await stopAndReport(server, backend, log);

  log(`${backend}: harvesting ${HARVEST_UNITS} units from the remote source`);
  const database = await openStorage(storage);
  let harvestSeconds: number;
  let harvestCounts: Record<string, number> | undefined;
  try {
    const [source] = (await database.rawQuery("insert into catalog_sources (name, base_url) values ('Benchmark', $1) returning id", [
      remoteUrl,
    ])) as Array<{ id: string }>;
    const started = performance.now();
    const outcome = await harvestSource({ db: database.db, sourceId: source?.id ?? '', full: true });
    harvestSeconds = (performance.now() - started) / 1000;
    if (outcome.outcome !== 'ok') throw new Error(`harvest failed: ${outcome.errorCode ?? ''} ${outcome.error ?? ''}`);
    harvestCounts = outcome.counts;
  } finally {
    await database.close();
  }

  return { backend, prepared, search, oeapi, direct, inProcess, importSeconds, importReport, harvestSeconds, harvestCounts, loadAverage };
}

function figuresOf(run: BackendRun): Figure[] {
  const group = run.backend;
  const pg = run.backend === 'PostgreSQL';
  const target = (t: Target) => (pg ? { target: t } : {});
  return [
    { key: 'search.p50', label: 'Search, two filters + facets: p50', group, value: run.search.latency.p50, unit: 'ms' },
    {
      key: 'search.p95',
      label: 'Search, two filters + facets: p95',
      group,
      value: run.search.latency.p95,
      unit: 'ms',
      ...target(atMost(50)),
    },
    { key: 'search.rps', label: 'Search: throughput', group, value: run.search.perSecond, unit: 'req/s' },
    { key: 'direct.p50', label: 'Same SQL through the driver: p50', group, value: run.direct.latency.p50, unit: 'ms' },
    { key: 'direct.p95', label: 'Same SQL through the driver: p95', group, value: run.direct.latency.p95, unit: 'ms' },
    {
      key: 'ratio',
      label: 'Search API / direct SQL, p50',
      group,
      value: run.search.latency.p50 / run.direct.latency.p50,
      unit: 'ratio',
      ...target(atMost(1.5)),
    },
    {
      key: 'inprocess.p50',
      label: 'Same searches without HTTP (store search in-process): p50',
      group,
      value: run.inProcess.latency.p50,
      unit: 'ms',
    },
    {
      key: 'inprocess.ratio',
      label: 'Search API / search without HTTP, p50',
      group,
      value: run.search.latency.p50 / run.inProcess.latency.p50,
      unit: 'ratio',
    },
    {
      key: 'oeapi.rps',
      label: 'GET /oeapi/v6/courses?pageSize=100: throughput',
      group,
      value: run.oeapi.perSecond,
      unit: 'req/s',
      ...target(atLeast(500)),
    },
    { key: 'oeapi.p50', label: 'GET /oeapi/v6/courses?pageSize=100: p50', group, value: run.oeapi.latency.p50, unit: 'ms' },
    { key: 'oeapi.p95', label: 'GET /oeapi/v6/courses?pageSize=100: p95', group, value: run.oeapi.latency.p95, unit: 'ms' },
    {
      key: 'import',
      label: `Import of a ${IMPORT_ROWS.toLocaleString('en')}-row spreadsheet`,
      group,
      value: run.importSeconds,
      unit: 's',
      ...target(atMost(15)),
    },
    {
      key: 'harvest',
      label: `Harvest of ${HARVEST_UNITS.toLocaleString('en')} units from a local source`,
      group,
      value: run.harvestSeconds,
      unit: 's',
      ...target(atMost(30)),
    },
    {
      key: 'prepare',
      label: `Loading ${UNITS.toLocaleString('en')} generated units (set-up)`,
      group,
      value: run.prepared.seconds,
      unit: 's',
    },
  ];
}

/** The catalogue at national scale: learner search, the OEAPI, imports and the harvester. */
export const catalogSuite: Suite = {
  name: 'catalog',
  description:
    `A generated national catalogue of ${UNITS.toLocaleString('en')} units (64 institutions, about 1.9 offerings each). Learner ` +
    `search with two filters and all facets (a mix of ${searchPaths.length} searches) at ${SEARCH_CONNECTIONS} connections, against ` +
    `the same statements through the driver at the same concurrency; \`GET /oeapi/v6/courses?pageSize=100\` at ${OEAPI_CONNECTIONS} ` +
    `connections; importing a ${IMPORT_ROWS.toLocaleString('en')}-row .xlsx file (validation, preview checks and writes, published); ` +
    `harvesting ${HARVEST_UNITS.toLocaleString('en')} units with their offerings from a second server on this machine.`,
  async run(context) {
    const outer = new Cleanup();
    context.cleanup.add(() => outer.run());
    const runs: BackendRun[] = [];
    try {
      const remoteUrl = await startRemote(context, outer);
      for (const backend of ['PostgreSQL', 'PGlite'] as const) {
        const cleanup = new Cleanup();
        try {
          runs.push(await benchBackend(context, backend, remoteUrl, cleanup));
        } finally {
          await cleanup.run();
        }
      }
    } finally {
      await outer.run();
    }
    return {
      figures: runs.flatMap(figuresOf),
      notes: [
        `Each load phase: ${context.durationSeconds} s after ${context.warmupSeconds} s of warm-up. The search API and the direct run ` +
          `use the same ${searchPaths.length} searches in the same order; the direct run replays the statements the server's search ` +
          'issues, recorded from the search itself and prepared as the server prepares them: for these searches without words, ' +
          'one statement that reads the 20 results of the page by their positions (ADR 0059). Selecting the rows, counting the ' +
          'facets and picking the page happen in the server’s in-memory index, which the direct run does not repeat; the run ' +
          '“without HTTP” does: it calls the store’s search in the bench process, so its ratio is what HTTP, validation and ' +
          'serialization add.',
        'The direct run starts as soon as the server that answered the searches has stopped (PGlite admits one process), on the same ' +
          'data; the import and the harvest come after it. Load generator, server and database share the same two cores, so the API ' +
          'figures carry three busy processes and the direct ones two.',
        'The import is one request with a client-credentials token: reading the workbook, checking every row against the ' +
          'qualification structure and the institution’s locations, writing and publishing 10,000 rows and refreshing their search rows.',
        'The harvest reads the remote’s organisations, courses and offerings over OEAPI v6 (pages of 250) and writes them in one ' +
          'transaction; the remote server always runs on PostgreSQL, the harvesting side on the backend named by the column.',
        ...runs.map(
          (r) =>
            `${r.backend}: one-minute load average of the machine ${r.loadAverage.before.toFixed(1)} before the search phase and ` +
            `${r.loadAverage.after.toFixed(1)} after the direct run (the machine is shared with other work).`,
        ),
        ...runs.map(
          (r) => `${r.backend}: server_version ${r.prepared.serverVersion}; harvest counts ${JSON.stringify(r.harvestCounts ?? {})}.`,
        ),
      ],
      details: runs,
    };
  },
};
