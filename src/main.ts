import closeWithGrace from 'close-with-grace';
import { configOrExit } from './platform/config/config-or-exit.js';

/** Process entry: configuration, migrations, demo data, listen, graceful shutdown. */
async function main(): Promise<void> {
  const started = performance.now();
  const config = configOrExit();
  // The database opens while the server's code loads: PGlite compiles and starts its engine in the meantime.
  const opened = import('./platform/db/open-configured.js').then(({ openConfiguredDatabase }) => openConfiguredDatabase(config));
  opened.catch(() => undefined); // reported where it is awaited
  // The server's code loads only once the configuration is valid, so a bad setting is reported at once.
  const [{ buildApp }, { jobDefinitions, moduleContext }, { createJobQueue }, { prepareDatabase }] = await Promise.all([
    import('./app.js'),
    import('./modules.js'),
    import('./platform/jobs/job-queue.js'),
    import('./startup.js'),
  ]);
  const { database, secretKey, applied } = await prepareDatabase(config, { seed: true, opened });
  // Errors of the queue are logged by the app's logger, which exists only after buildApp.
  let logQueueError: (error: Error) => void = () => undefined;
  const jobs = createJobQueue(database, { onError: (error) => logQueueError(error) });
  const app = await buildApp({ config, database, secretKey, jobs });
  logQueueError = (error) => app.log.error({ err: error }, 'background job queue error');
  if (applied.length > 0) app.log.info({ applied }, 'migrations applied');

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await jobs.stop();
    await app.close();
    await database.close();
  });

  // Ready means ready: background workers run before the server takes its first request.
  await jobs.start(jobDefinitions(moduleContext(database.db, config, jobs, undefined, secretKey)));
  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    { url: config.publicUrl, database: database.backend, startupMs: Math.round(performance.now() - started) },
    `Doorpakken draait op ${config.publicUrl}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
