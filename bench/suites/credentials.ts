import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Cleanup, tempDir } from '../lib/cleanup.js';
import { loadHttp } from '../lib/http-load.js';
import { createDatabase } from '../lib/postgres.js';
import { startServer, stopAndReport, type ServerChild } from '../lib/server-process.js';
import type { Figure, Suite } from '../lib/suite.js';
import { awardedCredential, prepareIssuer, type PreparedIssuer } from './credentials/prepare.js';
import { assertClean, atLeast, atMost, responseJson } from '../lib/checks.js';

const BULK_RECIPIENTS = 10_000;
/** Enough concurrent requests to keep both signing workers busy. */
const ISSUE_CONNECTIONS = 8;
const VERIFY_CONNECTIONS = 32;

async function token(server: ServerChild, issuer: PreparedIssuer): Promise<string> {
  const response = await fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: issuer.clientId, client_secret: issuer.clientSecret }),
  });
  return (await responseJson<{ access_token: string }>(response, 'POST /oauth/token')).access_token;
}

/** A credential for the VC-API issue endpoint, naming the issuer. */
function exampleCredential(did: string): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
    type: ['VerifiableCredential', 'ExampleAlumniCredential'],
    issuer: { id: did, name: 'ROC Amstelkade' },
    validFrom: '2026-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:ebfeb1f712ebc6f1c276e12ec21', alumniOf: { name: 'ROC Amstelkade' } },
  };
}

/**
 * Signing alone: one thread per core signing in a loop; signatures per second over all threads.
 * `platform`: the platform's signing function as its workers run it (ADR 0027), else the library as installed.
 */
async function rawSigning(
  credential: Record<string, unknown>,
  options: { seconds: number; warmupSeconds: number; threads: number; platform: boolean },
): Promise<number> {
  const { seconds, warmupSeconds, threads, platform } = options;
  const url = new URL('./credentials/raw-sign-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })`;
  const results = await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<{ count: number; seconds: number }>((resolve, reject) => {
          const worker = new Worker(bootstrap, { eval: true, workerData: { credential, seconds, warmupSeconds, platform } });
          worker.once('message', (m: { count: number; seconds: number }) => {
            resolve(m);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  return results.reduce((sum, r) => sum + r.count / r.seconds, 0);
}

/** Bulk award of 10,000 OpenBadgeCredentials, issue throughput against the library's, verification throughput. */
export const credentialsSuite: Suite = {
  name: 'credentials',
  description:
    `Microcredentials on PostgreSQL: a bulk award of ${BULK_RECIPIENTS.toLocaleString('en')} eddsa-rdfc-2022 OpenBadgeCredentials ` +
    `from CSV upload to the last one stored and status-listed; \`POST /credentials/issue\` at ${ISSUE_CONNECTIONS} connections ` +
    `against the signing library alone on one thread per core in the same run; \`POST /credentials/verify\` for an ` +
    `eddsa-rdfc-2022 credential (status list checked) and for a VC-JWT, at ${VERIFY_CONNECTIONS} connections.`,
  async run(context) {
    const { log } = context;
    // The machine may be shared: its load goes into the notes with the figures.
    const loadAtStart = loadavg();
    const cleanup = new Cleanup();
    context.cleanup.add(() => cleanup.run());
    try {
      const dataDir = await tempDir(cleanup, 'credentials');
      const databaseUrl = await createDatabase(context.adminDatabaseUrl, 'dp_bench_cred', cleanup);
      log('credentials: migrating and seeding');
      const issuer = await prepareIssuer(databaseUrl, dataDir);
      const server = await startServer({
        script: await context.serverScript(),
        cwd: context.repoRoot,
        env: {
          NODE_ENV: 'development',
          LOG_LEVEL: 'warn',
          SEED_DEMO_DATA: 'false',
          RATE_LIMIT_PER_MINUTE: '100000000',
          BODY_LIMIT_BYTES: String(4 * 1024 * 1024),
          DATA_DIR: dataDir,
          DATABASE_URL: databaseUrl,
          DATABASE_POOL_SIZE: '10',
        },
        cleanup,
      });
      const authorization = `Bearer ${await token(server, issuer)}`;

      log(`credentials: bulk award of ${BULK_RECIPIENTS} badges`);
      const csv = ['email;naam', ...Array.from({ length: BULK_RECIPIENTS }, (_, i) => `deelnemer${i}@bench.example;Deelnemer ${i}`)].join(
        '\n',
      );
      const bulkStart = performance.now();
      const started = await responseJson<{ run: { id: string } }>(
        await fetch(`${server.url}/api/credentials/achievements/${issuer.achievementId}/bulk-awards`, {
          method: 'POST',
          headers: { authorization, 'content-type': 'text/csv' },
          body: csv,
        }),
        'POST bulk-awards',
      );
      let state = { state: 'queued', done: 0, total: BULK_RECIPIENTS, error: null as string | null };
      while (state.state !== 'finished') {
        await new Promise((r) => setTimeout(r, 250));
        state = await responseJson(
          await fetch(`${server.url}/api/credentials/bulk-awards/${started.run.id}`, { headers: { authorization } }),
          'GET bulk',
        );
        if (state.state === 'failed') throw new Error(`The bulk award failed: ${state.error ?? ''}`);
      }
      const bulkSeconds = (performance.now() - bulkStart) / 1000;
      const listed = await responseJson<{ total: number }>(
        await fetch(
          `${server.url}/api/credentials/institutions/${issuer.institutionId}/awards?pageSize=1&achievementId=${issuer.achievementId}`,
          {
            headers: { authorization },
          },
        ),
        'GET awards',
      );
      if (listed.total < BULK_RECIPIENTS) throw new Error(`Only ${listed.total} awards were stored`);
      log(`credentials: bulk award took ${bulkSeconds.toFixed(1)} s`);

      const load = { durationSeconds: context.durationSeconds, warmupSeconds: context.warmupSeconds };
      const credential = exampleCredential(issuer.did);
      log(`credentials: POST /credentials/issue at ${ISSUE_CONNECTIONS} connections`);
      const issue = await loadHttp({
        ...load,
        connections: ISSUE_CONNECTIONS,
        url: `${server.url}/credentials/issue`,
        headers: { authorization },
        body: JSON.stringify({ credential, options: {} }),
      });
      assertClean('POST /credentials/issue', issue);

      const ldp = await awardedCredential(databaseUrl);
      log(`credentials: POST /credentials/verify (eddsa-rdfc-2022) at ${VERIFY_CONNECTIONS} connections`);
      const verifyLdp = await loadHttp({
        ...load,
        connections: VERIFY_CONNECTIONS,
        url: `${server.url}/credentials/verify`,
        body: JSON.stringify({ verifiableCredential: ldp }),
      });
      assertClean('POST /credentials/verify (eddsa)', verifyLdp);

      const enveloped = await responseJson<{ verifiableCredential: Record<string, unknown> }>(
        await fetch(`${server.url}/credentials/issue`, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json' },
          body: JSON.stringify({ credential, options: { format: 'vc+jwt' } }),
        }),
        'POST /credentials/issue (vc+jwt)',
      );
      log(`credentials: POST /credentials/verify (VC-JWT) at ${VERIFY_CONNECTIONS} connections`);
      const verifyJwt = await loadHttp({
        ...load,
        connections: VERIFY_CONNECTIONS,
        url: `${server.url}/credentials/verify`,
        body: JSON.stringify({ verifiableCredential: enveloped.verifiableCredential }),
      });
      assertClean('POST /credentials/verify (VC-JWT)', verifyJwt);
      await stopAndReport(server, 'credentials', log);

      const threads = availableParallelism();
      log(`credentials: the signing library alone on ${threads} threads`);
      const rawOptions = { seconds: context.durationSeconds, warmupSeconds: context.warmupSeconds, threads };
      // The credential the issue endpoint signs, by the library as installed and by the platform's signing function.
      const raw = await rawSigning(credential, { ...rawOptions, platform: false });
      const rawPlatform = await rawSigning(credential, { ...rawOptions, platform: true });
      // The same library on an OpenBadgeCredential as the bulk award signs it (larger, with the Open Badges context).
      const { proof: _proof, ...unsignedBadge } = ldp;
      const rawBadge = await rawSigning(unsignedBadge, { ...rawOptions, platform: false });
      const rawBadgePlatform = await rawSigning(unsignedBadge, { ...rawOptions, platform: true });

      const group = 'PostgreSQL';
      const figures: Figure[] = [
        {
          key: 'bulk.seconds',
          label: `Bulk award of ${BULK_RECIPIENTS.toLocaleString('en')} badges, end to end`,
          group,
          value: bulkSeconds,
          unit: 's',
          target: atMost(75),
        },
        { key: 'bulk.rate', label: 'Bulk award: badges per second', group, value: BULK_RECIPIENTS / bulkSeconds, unit: 'req/s' },
        {
          key: 'raw.badge.rps',
          label: `Signing library as installed (${threads} threads), OpenBadgeCredential: signatures/s`,
          group,
          value: rawBadge,
          unit: 'req/s',
        },
        {
          key: 'raw.badge.platform.rps',
          label: `Platform signing function alone (${threads} threads), OpenBadgeCredential: signatures/s`,
          group,
          value: rawBadgePlatform,
          unit: 'req/s',
        },
        {
          key: 'bulk.ratio',
          label: 'Bulk award / platform signing function alone (OpenBadgeCredential)',
          group,
          value: BULK_RECIPIENTS / bulkSeconds / rawBadgePlatform,
          unit: 'ratio',
        },
        { key: 'issue.rps', label: 'POST /credentials/issue: throughput', group, value: issue.perSecond, unit: 'req/s' },
        { key: 'issue.p50', label: 'POST /credentials/issue: p50', group, value: issue.latency.p50, unit: 'ms' },
        {
          key: 'raw.rps',
          label: `Signing library as installed (${threads} threads), the issued credential: signatures/s`,
          group,
          value: raw,
          unit: 'req/s',
        },
        {
          key: 'issue.ratio',
          label: 'Issue endpoint / library as installed',
          group,
          value: issue.perSecond / raw,
          unit: 'ratio',
          target: atLeast(0.85),
        },
        {
          key: 'raw.platform.rps',
          label: `Platform signing function alone (${threads} threads), the issued credential: signatures/s`,
          group,
          value: rawPlatform,
          unit: 'req/s',
        },
        {
          key: 'issue.ratio.platform',
          label: 'Issue endpoint / platform signing function alone (our overhead)',
          group,
          value: issue.perSecond / rawPlatform,
          unit: 'ratio',
        },
        {
          key: 'verify.ldp.rps',
          label: 'POST /credentials/verify, eddsa-rdfc-2022: throughput',
          group,
          value: verifyLdp.perSecond,
          unit: 'req/s',
          target: atLeast(200),
        },
        { key: 'verify.ldp.p95', label: 'POST /credentials/verify, eddsa-rdfc-2022: p95', group, value: verifyLdp.latency.p95, unit: 'ms' },
        {
          key: 'verify.jwt.rps',
          label: 'POST /credentials/verify, VC-JWT: throughput',
          group,
          value: verifyJwt.perSecond,
          unit: 'req/s',
          target: atLeast(2000),
        },
        { key: 'verify.jwt.p95', label: 'POST /credentials/verify, VC-JWT: p95', group, value: verifyJwt.latency.p95, unit: 'ms' },
      ];
      return {
        figures,
        notes: [
          `Each load phase: ${context.durationSeconds} s after ${context.warmupSeconds} s of warm-up. The server signs and verifies on ` +
            `one worker thread per core (${threads}); each signing-alone figure is ${threads} threads each signing the same credential ` +
            'in a loop, with nothing else running in the suite.',
          '“The issued credential” is the VC 2.0 example credential that POST /credentials/issue signs in this run (VC 2.0 and ' +
            'examples contexts); “OpenBadgeCredential” is a credential of the bulk award without its proof. “Library as installed” ' +
            'is vc.issue with the eddsa-rdfc-2022 suite, the library’s own signer and the static document loader, nothing changed: ' +
            'the issue text’s baseline and the one the 0.85 target is held to. “Platform signing function” is the function the ' +
            'server’s workers run (ADR 0027: jsonld with shared active contexts, the key imported once); the endpoint against it ' +
            'is the cost of HTTP, authentication, input checks, audit and the worker hand-off on the same cores.',
          'Load generator, server and PostgreSQL share the same cores, so every HTTP figure is a lower bound for a dedicated machine; ' +
            'the library runs alone, so the ratio errs on the low side.',
          'The bulk award runs as a background job: CSV checked, run stored, then signed in chunks of 128 on the workers (two ' +
            'chunks queued, so the workers never wait for the database) while the previous chunk is stored in one multi-row insert ' +
            'with its audit events; status-list slots are reserved per chunk.',
          `Load average (1, 5, 15 min) at the start of the suite: ${loadAtStart.map((l) => l.toFixed(2)).join(', ')}; at the ` +
            `end: ${loadavg()
              .map((l) => l.toFixed(2))
              .join(', ')}.`,
        ],
        details: { bulkSeconds, issue, raw, rawPlatform, rawBadge, rawBadgePlatform, verifyLdp, verifyJwt },
      };
    } finally {
      await cleanup.run();
    }
  },
};
