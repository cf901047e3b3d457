import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Cleanup, tempDir } from '../lib/cleanup.js';
import { loadHttp } from '../lib/http-load.js';
import { createDatabase } from '../lib/postgres.js';
import { startServer, stopAndReport, type ServerChild } from '../lib/server-process.js';
import { summarizeLatencies } from '../lib/stats.js';
import type { Figure, Suite } from '../lib/suite.js';
import { noisePng } from './dossier/png.js';
import { prepareDossier } from './dossier/prepare.js';
import { startSolid } from './dossier/solid.js';
import { assertClean, atLeast, atMost, responseJson } from '../lib/checks.js';

const LEARNERS = 100_000;
const ITEMS = 1_000;
const FILES = 200;
/** A 182 × 182 RGB PNG of noise: 99.4 KB + headers, about 100 KB. */
const PNG_SIDE = 182;
const CREDENTIALS = 2;
const SHARED_ITEMS = 5;
const OVERVIEW_CONNECTIONS = 16;
const SHARE_CONNECTIONS = 32;
const EXPORT_RUNS = 3;
const RESOURCES = 1_000;
const RESOURCE_CONCURRENCY = 16;
/** High enough that the load generator never meets the per-address limit on share opens. */
const SHARE_OPENS_PER_MINUTE = 100_000_000;

/** The session cookie plus the CSRF cookie and header a cookie-authenticated change needs. */
async function withCsrf(server: ServerChild, sessionCookie: string): Promise<Record<string, string>> {
  const response = await fetch(`${server.url}/api/session`, { headers: { cookie: sessionCookie } });
  const body = await responseJson<{ csrfToken: string; authenticated: boolean }>(response, 'GET /api/session');
  if (!body.authenticated) throw new Error('The bench session was not accepted');
  const csrf = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('csrf-secret='))
    ?.split(';')[0];
  return { cookie: [sessionCookie, csrf].filter(Boolean).join('; '), 'x-csrf-token': body.csrfToken };
}

/** Resident set size of a process in bytes, from /proc. */
async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** Runs `count` tasks with at most `concurrency` at a time; returns the elapsed seconds and every task's latency. */
async function runCounted(count: number, concurrency: number, task: (index: number) => Promise<void>) {
  let next = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next;
        next += 1;
        const begin = performance.now();
        await task(index);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { seconds, perSecond: count / seconds, latency: summarizeLatencies(latencies) };
}

/** A self-declared work-experience item; the same bytes go to the Solid server as one JSON resource. */
function itemBody(index: number): string {
  return JSON.stringify({
    kind: 'work-experience',
    title: `Orderpicker bij distributiecentrum ${index}`,
    description: 'Orders verzameld met een handscanner, heftruck gereden (met certificaat) en de inslag van goederen gecontroleerd.',
    details: {
      employer: `Logistiek Centrum Amstel ${index}`,
      role: 'Orderpicker',
      startedOn: '2025-06-01',
      endedOn: '2025-12-31',
      hoursPerWeek: 24,
    },
  });
}

/** Creates and reads back the same JSON resources on our server and the Solid server, at the same concurrency. */
async function compareWithSolid(server: ServerChild, headers: Record<string, string>, solidUrl: string) {
  const created: string[] = [];
  const oursCreate = await runCounted(RESOURCES, RESOURCE_CONCURRENCY, async (i) => {
    const response = await fetch(`${server.url}/api/dossier/items`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: itemBody(i),
    });
    created[i] = (await responseJson<{ id: string }>(response, 'POST /api/dossier/items')).id;
  });
  const oursRead = await runCounted(RESOURCES, RESOURCE_CONCURRENCY, async (i) => {
    await responseJson(await fetch(`${server.url}/api/dossier/items/${created[i] ?? ''}`, { headers }), 'GET /api/dossier/items/:id');
  });
  const solidCreate = await runCounted(RESOURCES, RESOURCE_CONCURRENCY, async (i) => {
    const response = await fetch(`${solidUrl}dossier/item-${i}.json`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: itemBody(i),
    });
    await response.arrayBuffer();
    if (response.status !== 201) throw new Error(`PUT to the Solid server answered ${response.status}`);
  });
  const solidRead = await runCounted(RESOURCES, RESOURCE_CONCURRENCY, async (i) => {
    const response = await fetch(`${solidUrl}dossier/item-${i}.json`, { headers: { accept: 'application/json' } });
    const body = await response.text();
    if (response.status !== 200 || JSON.parse(body).title !== `Orderpicker bij distributiecentrum ${i}`) {
      throw new Error(`GET from the Solid server answered ${response.status}`);
    }
  });
  return { oursCreate, oursRead, solidCreate, solidRead, resourceBytes: Buffer.byteLength(itemBody(RESOURCES - 1)) };
}

/** The dossier: overview and share opens among 100,000 learners, the streamed export, and the Solid comparison. */
export const dossierSuite: Suite = {
  name: 'dossier',
  description:
    `Learner-owned dossier on PostgreSQL among ${LEARNERS.toLocaleString('en')} learners (${ITEMS.toLocaleString('en')} items and ` +
    `${FILES} files of 100 KB for the measured learner): overview and first timeline page at ${OVERVIEW_CONNECTIONS} connections; ` +
    `opening a share link of ${SHARED_ITEMS} items (${CREDENTIALS} signed credentials with cached verification) at ${SHARE_CONNECTIONS} ` +
    `connections; the full zip export; creating and reading ${RESOURCES.toLocaleString('en')} JSON resources next to the ` +
    `Community Solid Server at ${RESOURCE_CONCURRENCY} concurrent requests.`,
  async run(context) {
    const { log } = context;
    const loadBefore = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');
    const cleanup = new Cleanup();
    context.cleanup.add(() => cleanup.run());
    try {
      const dataDir = await tempDir(cleanup, 'dossier');
      const databaseUrl = await createDatabase(context.adminDatabaseUrl, 'dp_bench_dossier', cleanup);
      log(`dossier: migrating, seeding ${LEARNERS} learners`);
      const prepared = await prepareDossier(databaseUrl, dataDir, LEARNERS, ITEMS - FILES - CREDENTIALS);
      log(`dossier: database ready in ${prepared.seconds.toFixed(1)} s`);
      const server = await startServer({
        script: await context.serverScript(),
        cwd: context.repoRoot,
        env: {
          NODE_ENV: 'development',
          LOG_LEVEL: 'warn',
          SEED_DEMO_DATA: 'false',
          RATE_LIMIT_PER_MINUTE: '100000000',
          DOSSIER_SHARE_OPENS_PER_MINUTE: String(SHARE_OPENS_PER_MINUTE),
          DATA_DIR: dataDir,
          DATABASE_URL: databaseUrl,
          DATABASE_POOL_SIZE: '10',
        },
        cleanup,
      });
      const headers = await withCsrf(server, prepared.sessionCookie);

      log(`dossier: uploading ${FILES} files of 100 KB, each with a portfolio item`);
      const uploadStart = performance.now();
      await runCounted(FILES, 4, async (i) => {
        const file = await responseJson<{ id: string }>(
          await fetch(`${server.url}/api/dossier/files?name=bewijs-${i}.png`, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'image/png' },
            body: noisePng(PNG_SIDE),
          }),
          'POST /api/dossier/files',
        );
        await responseJson(
          await fetch(`${server.url}/api/dossier/items`, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ kind: 'portfolio', title: `Bewijsstuk ${i}`, description: 'Foto van het werk', fileIds: [file.id] }),
          }),
          'POST /api/dossier/items',
        );
      });
      log(`dossier: uploads took ${((performance.now() - uploadStart) / 1000).toFixed(1)} s`);

      log(`dossier: issuing and importing ${CREDENTIALS} signed credentials`);
      const token = await responseJson<{ access_token: string }>(
        await fetch(`${server.url}/oauth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: prepared.issuer.clientId,
            client_secret: prepared.issuer.clientSecret,
          }),
        }),
        'POST /oauth/token',
      );
      const credentialIds: string[] = [];
      for (let i = 0; i < CREDENTIALS; i += 1) {
        const issued = await responseJson<{ verifiableCredential: Record<string, unknown> }>(
          await fetch(`${server.url}/credentials/issue`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              credential: {
                '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
                type: ['VerifiableCredential', 'ExampleAlumniCredential'],
                issuer: { id: prepared.issuer.did, name: 'ROC Amstelkade' },
                validFrom: '2026-01-01T00:00:00Z',
                credentialSubject: { id: `urn:uuid:${prepared.learnerId}`, alumniOf: { name: `ROC Amstelkade ${i}` } },
              },
              options: {},
            }),
          }),
          'POST /credentials/issue',
        );
        const item = await responseJson<{ id: string }>(
          await fetch(`${server.url}/api/dossier/credentials`, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ credential: issued.verifiableCredential }),
          }),
          'POST /api/dossier/credentials',
        );
        credentialIds.push(item.id);
      }

      const overview = await responseJson<{ totalItems: number; files: { count: number; bytes: number } }>(
        await fetch(`${server.url}/api/dossier`, { headers }),
        'GET /api/dossier',
      );
      if (overview.totalItems !== ITEMS || overview.files.count !== FILES) {
        throw new Error(`The measured dossier holds ${overview.totalItems} items and ${overview.files.count} files`);
      }
      const page = await responseJson<{ items: Array<{ id: string; kind: string }> }>(
        await fetch(`${server.url}/api/dossier/items?limit=25`, { headers }),
        'GET /api/dossier/items',
      );
      const others = page.items.filter((i) => i.kind !== 'credential').slice(0, SHARED_ITEMS - CREDENTIALS);
      const share = await responseJson<{ token: string }>(
        await fetch(`${server.url}/api/dossier/shares`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({
            itemIds: [...credentialIds, ...others.map((i) => i.id)],
            expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
            recipientName: 'Werkgever BV',
          }),
        }),
        'POST /api/dossier/shares',
      );
      const shared = await responseJson<{ items: Array<{ kind: string; provenance: { verification: { verdict: string } | null } }> }>(
        await fetch(`${server.url}/api/shared/${share.token}`),
        'GET /api/shared/:token',
      );
      const verified = shared.items.filter((i) => i.kind === 'credential' && i.provenance.verification?.verdict === 'valid').length;
      if (shared.items.length !== SHARED_ITEMS || verified !== CREDENTIALS) {
        throw new Error(`The share shows ${shared.items.length} items, ${verified} verified credentials`);
      }

      const load = { durationSeconds: context.durationSeconds, warmupSeconds: context.warmupSeconds };
      log(`dossier: GET /api/session (reference: the session lookup alone) at ${OVERVIEW_CONNECTIONS} connections`);
      const sessionLoad = await loadHttp({ ...load, connections: OVERVIEW_CONNECTIONS, url: `${server.url}/api/session`, headers });
      assertClean('GET /api/session', sessionLoad);
      log(`dossier: GET /api/dossier at ${OVERVIEW_CONNECTIONS} connections`);
      const overviewLoad = await loadHttp({ ...load, connections: OVERVIEW_CONNECTIONS, url: `${server.url}/api/dossier`, headers });
      assertClean('GET /api/dossier', overviewLoad);
      log(`dossier: GET /api/dossier/items (first page) at ${OVERVIEW_CONNECTIONS} connections`);
      const timelineLoad = await loadHttp({
        ...load,
        connections: OVERVIEW_CONNECTIONS,
        url: `${server.url}/api/dossier/items?limit=25`,
        headers,
      });
      assertClean('GET /api/dossier/items', timelineLoad);
      log(`dossier: GET /api/shared/:token at ${SHARE_CONNECTIONS} connections`);
      const shareLoad = await loadHttp({ ...load, connections: SHARE_CONNECTIONS, url: `${server.url}/api/shared/${share.token}` });
      assertClean('GET /api/shared/:token', shareLoad);

      log(`dossier: full export, ${EXPORT_RUNS} runs`);
      await sleep(1000);
      const rssBefore = await rssBytes(server.pid);
      let rssPeak = rssBefore;
      const exportSeconds: number[] = [];
      let exportBytes = 0;
      for (let run = 0; run < EXPORT_RUNS; run += 1) {
        let sampling = true;
        const sampler = (async () => {
          while (sampling) {
            rssPeak = Math.max(rssPeak, await rssBytes(server.pid));
            await sleep(5);
          }
        })();
        const begin = performance.now();
        const response = await fetch(`${server.url}/api/dossier/export.zip`, { headers });
        if (!response.ok || !response.body) throw new Error(`GET /api/dossier/export.zip answered ${response.status}`);
        let bytes = 0;
        for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
        exportSeconds.push((performance.now() - begin) / 1000);
        sampling = false;
        await sampler;
        exportBytes = bytes;
      }
      if (exportBytes < FILES * 3 * PNG_SIDE * PNG_SIDE) throw new Error(`The export holds only ${exportBytes} bytes`);
      const exportMedian = [...exportSeconds].sort((a, b) => a - b)[Math.floor(EXPORT_RUNS / 2)] ?? 0;

      log(`dossier: ${RESOURCES} JSON resources, ours and the Community Solid Server`);
      const solidRoot = await tempDir(cleanup, 'solid');
      const solid = await startSolid(solidRoot, cleanup);
      const writer = await withCsrf(server, prepared.writerCookie);
      const comparison = await compareWithSolid(server, writer, solid.url);
      const loadAfter = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');
      await stopAndReport(server, 'dossier', log);

      const oursTotal = (2 * RESOURCES) / (comparison.oursCreate.seconds + comparison.oursRead.seconds);
      const solidTotal = (2 * RESOURCES) / (comparison.solidCreate.seconds + comparison.solidRead.seconds);
      const group = 'PostgreSQL';
      const mb = 1024 * 1024;
      const figures: Figure[] = [
        {
          key: 'overview.p95',
          label: 'GET /api/dossier (overview): p95',
          group,
          value: overviewLoad.latency.p95,
          unit: 'ms',
          target: atMost(50),
        },
        { key: 'overview.rps', label: 'GET /api/dossier (overview): throughput', group, value: overviewLoad.perSecond, unit: 'req/s' },
        {
          key: 'session.p95',
          label: 'Reference: GET /api/session (session lookup only): p95',
          group,
          value: sessionLoad.latency.p95,
          unit: 'ms',
        },
        {
          key: 'timeline.p95',
          label: 'GET /api/dossier/items (first timeline page of 25): p95',
          group,
          value: timelineLoad.latency.p95,
          unit: 'ms',
          target: atMost(50),
        },
        {
          key: 'timeline.rps',
          label: 'GET /api/dossier/items (first page): throughput',
          group,
          value: timelineLoad.perSecond,
          unit: 'req/s',
        },
        {
          key: 'share.p95',
          label: `GET /api/shared/:token (${SHARED_ITEMS} items, ${CREDENTIALS} credentials): p95`,
          group,
          value: shareLoad.latency.p95,
          unit: 'ms',
          target: atMost(30),
        },
        { key: 'share.rps', label: 'GET /api/shared/:token: throughput', group, value: shareLoad.perSecond, unit: 'req/s' },
        {
          key: 'export.seconds',
          label: `GET /api/dossier/export.zip (${FILES} × 100 KB + JSON-LD), median of ${EXPORT_RUNS}`,
          group,
          value: exportMedian,
          unit: 's',
          target: atMost(5),
        },
        {
          key: 'export.rss',
          label: `Server RSS during export, peak / before (before ${(rssBefore / mb).toFixed(0)} MB, peak ${(rssPeak / mb).toFixed(0)} MB, zip ${(exportBytes / mb).toFixed(1)} MB)`,
          group,
          value: rssPeak / rssBefore,
          unit: 'ratio',
        },
        {
          key: 'items.create.rps',
          label: 'Ours: create item (POST /api/dossier/items)',
          group,
          value: comparison.oursCreate.perSecond,
          unit: 'req/s',
        },
        {
          key: 'items.read.rps',
          label: 'Ours: read item (GET /api/dossier/items/:id)',
          group,
          value: comparison.oursRead.perSecond,
          unit: 'req/s',
        },
        {
          key: 'solid.create.rps',
          label: 'Solid server: create resource (PUT)',
          group,
          value: comparison.solidCreate.perSecond,
          unit: 'req/s',
        },
        { key: 'solid.read.rps', label: 'Solid server: read resource (GET)', group, value: comparison.solidRead.perSecond, unit: 'req/s' },
        {
          key: 'solid.ratio.create',
          label: 'Create throughput, ours / Solid server',
          group,
          value: comparison.oursCreate.perSecond / comparison.solidCreate.perSecond,
          unit: 'ratio',
          target: atLeast(1),
        },
        {
          key: 'solid.ratio.read',
          label: 'Read throughput, ours / Solid server',
          group,
          value: comparison.oursRead.perSecond / comparison.solidRead.perSecond,
          unit: 'ratio',
          target: atLeast(1),
        },
        {
          key: 'solid.ratio',
          label: 'Create + read throughput, ours / Solid server',
          group,
          value: oursTotal / solidTotal,
          unit: 'ratio',
          target: atLeast(1),
        },
      ];
      return {
        figures,
        notes: [
          `Each load phase: ${context.durationSeconds} s after ${context.warmupSeconds} s of warm-up. ${LEARNERS.toLocaleString('en')} learners ` +
            `are inserted with set-based SQL (${prepared.seededItems} of the measured learner's items too, the others ` +
            `${(LEARNERS * 3).toLocaleString('en')} rows of other learners); the ${FILES} files (noise PNGs of 100 KB), their portfolio items ` +
            `and the ${CREDENTIALS} credentials (issued by the credentials module, then imported and verified) go through the API and the real file storage.`,
          `The share-open rate limit is raised for this run with DOSSIER_SHARE_OPENS_PER_MINUTE=${SHARE_OPENS_PER_MINUTE} ` +
            '(default 60 per client address per minute), since every request comes from one address.',
          `The export is measured end to end by the client reading the whole zip; RSS is the server process's VmRSS sampled every 5 ms ` +
            `before and during ${EXPORT_RUNS} exports.`,
          `Community Solid Server ${solid.version} on loopback, file backend, no accounts, authorization allow-all ` +
            `(bench/suites/dossier/solid-file-no-auth.json); ${RESOURCES.toLocaleString('en')} resources of ${comparison.resourceBytes} bytes ` +
            `(the body of our item create) PUT then read back, ${RESOURCE_CONCURRENCY} requests at a time, the same client for both. ` +
            'Ours validates, stores with provenance and answers the item as JSON; the Solid server stores a file plus its metadata.',
          'Load generator, servers and PostgreSQL share the same cores, so every HTTP figure is a lower bound for a dedicated machine; ' +
            `the machine is shared with other work: load average (1, 5, 15 min) ${loadBefore} at the start, ${loadAfter} after the measurements.`,
        ],
        details: {
          prepared: { seconds: prepared.seconds },
          overviewLoad,
          timelineLoad,
          shareLoad,
          exportSeconds,
          exportBytes,
          rssBefore,
          rssPeak,
          comparison,
        },
      };
    } finally {
      await cleanup.run();
    }
  },
};
