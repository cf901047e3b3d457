import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeEachBackend('the demo dossier', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
  }, 60_000);
  afterAll(async () => t.close());

  it('gives Sanne results and a placement from Amstelkade, her own items and a CV collection, once', async () => {
    const count = async () =>
      (await t.database.rawQuery(
        `select i.provenance, count(*)::int as n from dossier_items i join persons p on p.id = i.owner_id
          where p.subject = 'demo-student' group by i.provenance order by i.provenance`,
        [],
      )) as Array<{ provenance: string; n: number }>;
    const first = await count();
    expect(first).toEqual([
      { provenance: 'institution-attested', n: 4 },
      { provenance: 'self-declared', n: 5 },
    ]);
    const { seedData } = await import('../../src/demo/seed-demo-data.js');
    const { moduleContext } = await import('../../src/modules.js');
    await seedData(moduleContext(t.database.db, t.config, undefined, undefined, 'test-secret-key-that-is-long-enough-0123456789'), {
      demo: true,
    });
    expect(await count()).toEqual(first);
    const collections = (await t.database.rawQuery('select name from dossier_collections', [])) as Array<{ name: string }>;
    expect(collections.map((c) => c.name)).toEqual(['CV voor logistieke banen']);
  });
});
