import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AccessLogWriter, recordAccesses, type AccessEntry } from '../../src/dossier/store/access-log.js';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeEachBackend('the access-log writer', (backend) => {
  let t: TestApp;
  let ownerId: string;
  beforeAll(async () => {
    t = await createTestApp(backend);
    ownerId = (await t.loginAs({ name: 'Lieke Logboek' })).personId;
  });
  afterAll(async () => t.close());

  const logged = async (shareId: string) =>
    (await t.database.rawQuery(
      `select recipient_name, institution_name, reason, item_count from dossier_access_log where owner_id = $1 and share_id = $2 order by item_count`,
      [ownerId, shareId],
    )) as Array<{ recipient_name: string | null; institution_name: string | null; reason: string | null; item_count: number }>;

  /** A writer that counts its statements, and fails any statement holding an entry `failing` picks. */
  function writer(failing: (e: AccessEntry) => boolean = () => false) {
    const batches: number[] = [];
    const log = new AccessLogWriter(async (entries) => {
      batches.push(entries.length);
      if (entries.some(failing)) throw new Error('refused');
      await recordAccesses(t.database.db, entries);
    });
    return { log, batches };
  }

  it('writes every entry of concurrent reads in fewer statements, each committed when its caller is told', async () => {
    const { log, batches } = writer();
    const shareId = randomUUID();
    const seenWhenTold = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        await log.record({ ownerId, kind: 'share-open', shareId, recipientName: `Bezoeker ${i}`, itemCount: i });
        const rows = await t.database.rawQuery(`select 1 from dossier_access_log where share_id = $1 and item_count = $2`, [shareId, i]);
        return rows.length;
      }),
    );
    expect(seenWhenTold).toEqual(Array.from({ length: 40 }, () => 1));
    expect((await logged(shareId)).map((e) => e.item_count)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    // The first entry goes alone; the 39 that arrived while it was written go together.
    expect(batches).toEqual([1, 39]);
  });

  it('keeps texts exactly, with quotes, commas, braces, backslashes and empty values', async () => {
    const { log } = writer();
    const shareId = randomUUID();
    const names = ['Jan "de" Vries, {HR}', 'back\\slash', "d'Ancona", '', null];
    await Promise.all(
      names.map((name, i) =>
        log.record({
          ownerId,
          kind: 'share-open',
          shareId,
          recipientName: name,
          institutionName: name,
          reason: i === 4 ? null : 'NULL',
          itemCount: i,
        }),
      ),
    );
    const rows = await logged(shareId);
    expect(rows.map((r) => r.recipient_name)).toEqual(names);
    expect(rows.map((r) => r.institution_name)).toEqual(names);
    expect(rows.map((r) => r.reason)).toEqual(['NULL', 'NULL', 'NULL', 'NULL', null]);
  });

  it('fails only the caller whose entry cannot be written, and writes the others of its batch', async () => {
    const { log } = writer((e) => e.itemCount === 3);
    const shareId = randomUUID();
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => log.record({ ownerId, kind: 'share-open', shareId, recipientName: null, itemCount: i })),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((await logged(shareId)).map((e) => e.item_count)).toEqual([0, 1, 2, 4, 5]);
  });

  it('fails the caller when the database refuses the entry, and goes on with the next', async () => {
    const log = AccessLogWriter.for(t.database.db);
    const shareId = randomUUID();
    const stranger = randomUUID(); // no such person: the owner's foreign key refuses it
    const [bad, good] = await Promise.allSettled([
      log.record({ ownerId: stranger, kind: 'share-open', shareId, itemCount: 1 }),
      log.record({ ownerId, kind: 'share-open', shareId, itemCount: 2 }),
    ]);
    expect(bad.status).toBe('rejected');
    expect(good.status).toBe('fulfilled');
    expect((await logged(shareId)).map((e) => e.item_count)).toEqual([2]);
  });
});
