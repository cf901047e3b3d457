import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createJobQueue, defineJob, type JobQueue } from '../../src/platform/jobs/job-queue.js';
import { describeEachBackend } from '../support/backends.js';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';

describeEachBackend('the background job queue', (backend) => {
  let database: TestDatabase;
  let queue: JobQueue;
  const handled: Array<{ n: number; attempt: number }> = [];
  let failuresLeft = 1;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
    queue = createJobQueue(database, {
      onError: (error) => {
        throw error;
      },
    });
    await queue.start([
      defineJob({
        name: 'test.count',
        handler: async (data: { n: number }) => {
          handled.push({ n: data.n, attempt: handled.filter((h) => h.n === data.n).length + 1 });
          if (data.n === 2 && failuresLeft > 0) {
            failuresLeft -= 1;
            throw new Error('fails once');
          }
        },
        retryLimit: 2,
      }),
    ]);
  });
  afterAll(async () => {
    await queue.stop();
    await database.drop();
  });

  it('runs every job sent, and retries one that failed', { timeout: 60_000 }, async () => {
    await queue.send('test.count', { n: 1 });
    await queue.send('test.count', { n: 2 });
    await expect
      .poll(() => handled.map((h) => `${h.n}/${h.attempt}`).sort(), { timeout: 45_000, interval: 200 })
      .toEqual(['1/1', '2/1', '2/2']);
  });

  it('never runs its SQL inside another caller’s open transaction', { timeout: 30_000 }, async () => {
    // While a transaction holds the session (PGlite has one), the queue's statements wait for it
    // instead of slipping into it: the rollback below must not take the sent job with it.
    let sent: Promise<string | null> | undefined;
    await database.db
      .transaction()
      .execute(async (trx) => {
        await sql`select 1`.execute(trx);
        sent = queue.send('test.count', { n: 3 });
        await new Promise((r) => setTimeout(r, 300));
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await sent).toEqual(expect.any(String));
    await expect.poll(() => handled.some((h) => h.n === 3), { timeout: 20_000, interval: 200 }).toBe(true);
  });
});
