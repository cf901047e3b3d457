import { afterEach, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import { recordAuditEvent } from '../../src/platform/audit/record-audit-event.js';
import { describeEachBackend } from '../support/backends.js';
import { Cleanup, fixture, freshStorage, since, spawnTsx, within } from './harness.js';

/** Acknowledged writes to see before pulling the plug. */
const KILL_AFTER_ACKS = 250;
/** Concurrent transactions in the writer (PGlite runs them one at a time through its single session). */
const WRITERS = 4;
const ACTION = 'durability.write';

describeEachBackend('a process killed while it writes', (backend) => {
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  it('keeps every write it acknowledged, and its data opens again afterwards', { timeout: 60_000 }, async () => {
    const started = performance.now();
    const storage = await freshStorage(cleanup, backend);
    const env: Record<string, string> = { DURABILITY_WRITERS: String(WRITERS), DURABILITY_MAX_MS: '50000' };
    if (storage.databaseUrl) env['DURABILITY_DATABASE_URL'] = storage.databaseUrl;
    else env['DURABILITY_DATA_DIR'] = storage.pgliteDir;

    const writer = spawnTsx(cleanup, fixture('audit-writer.ts'), env);
    const acked = new Set<number>();
    let ready = false;
    let ackedAtKill = 0;
    let killedAt = 0;
    const enoughAcks = new Promise<void>((resolve) => {
      writer.onLine((line) => {
        if (line === 'ready') ready = true;
        const match = /^ack (\d+)$/.exec(line);
        if (!match) return;
        acked.add(Number(match[1]));
        if (acked.size >= KILL_AFTER_ACKS && killedAt === 0) {
          // Pull the plug right here, in the middle of the stream: the writer is still committing.
          killedAt = performance.now();
          ackedAtKill = acked.size;
          writer.process.kill('SIGKILL');
          resolve();
        }
      });
    });
    await within(
      45_000,
      Promise.race([
        enoughAcks,
        writer.exited.then((exit) => {
          throw new Error(`writer ended on its own (${JSON.stringify(exit)}); stderr: ${writer.stderr()}`);
        }),
      ]),
      () => `only ${acked.size} acks (ready: ${ready}) after 45 s; stderr: ${writer.stderr()}`,
    );

    // It really died of SIGKILL, not of an exit of its own.
    const exit = await writer.waitForExit(10_000);
    expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
    expect(ready).toBe(true);
    // Acks already in the pipe when the signal landed count too: each was printed after its commit.
    expect(acked.size).toBeGreaterThanOrEqual(ackedAtKill);
    expect(ackedAtKill).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

    // Reopen the same data in this process; for PGlite this is crash recovery of the folder.
    const reopenStarted = performance.now();
    const database: Database = await openDatabase(storage.openOptions);
    cleanup.add(() => database.close());
    const rows = await sql<{ seq: number }>`
      select (details->>'seq')::int as seq from audit_events where action = ${ACTION}`.execute(database.db);
    const stored = rows.rows.map((r) => r.seq);
    const storedSet = new Set(stored);

    const missing = [...acked].filter((n) => !storedSet.has(n));
    expect(missing, 'acknowledged writes lost by the crash').toEqual([]);
    expect(stored.length, 'no write is stored twice').toBe(storedSet.size);
    // At most one write per concurrent writer was in flight (committed or not) when the process died.
    const unacked = stored.filter((n) => !acked.has(n));
    expect(unacked.length).toBeLessThanOrEqual(WRITERS);
    expect(Math.max(...stored)).toBeLessThanOrEqual(Math.max(...acked) + WRITERS);

    // And the recovered database takes new writes.
    await database.db
      .transaction()
      .execute((trx) =>
        recordAuditEvent(trx, { actor: { kind: 'system' }, action: ACTION, subjectType: 'durability-test', details: { seq: -1 } }),
      );
    const after = await sql<{ n: number }>`select count(*)::int as n from audit_events where action = ${ACTION}`.execute(database.db);
    expect(after.rows[0]?.n).toBe(stored.length + 1);

    console.info(
      `[${backend}] killed after ${ackedAtKill} acks (${acked.size} incl. acks in the pipe), ${stored.length} rows stored, ` +
        `${unacked.length} unacknowledged; writes ran ${Math.round(killedAt - started)} ms from spawn; reopen+verify ${since(reopenStarted)} ms`,
    );
  });
});
