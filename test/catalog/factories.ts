import { refreshUnits } from '../../src/catalog/store/derived.js';
import { insertItem, markLifecycle } from '../../src/catalog/store/items.js';
import type { AnyDb } from '../../src/platform/db/database.js';

const system = { actorType: 'system', actorId: null } as const;

/** Inserts `count` published courses (each with one published offering) straight through the store, for paging tests. */
export async function publishedCourses(db: AnyDb, institutionId: string, count: number, prefix = 'BULK'): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    const offerings: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const id = await insertItem(trx, 'units', institutionId, {
        code: `${prefix}-${i}`,
        kind: 'course',
        title: `Bulkcursus ${i}`,
        description: i % 2 === 0 ? 'Een cursus om mee te tellen.' : null,
        sbu: 60 * ((i % 4) + 1),
        learningOutcomes: [],
        covers: [],
        leerwegen: ['BOL'],
        standalone: i % 3 === 0,
        language: 'nl-NL',
      });
      ids.push(id);
      offerings.push(
        await insertItem(trx, 'offerings', institutionId, {
          code: `${prefix}-${i}-1`,
          unitId: id,
          intake: i % 2 === 0 ? 'fixed' : 'flexible',
          startDate: i % 2 === 0 ? '2027-09-01' : null,
          mode: i % 5 === 0 ? 'online' : 'hybrid',
          locationCode: null,
          priceCents: i * 100,
        }),
      );
    }
    await markLifecycle(trx, 'units', ids, { status: 'published', ...system });
    await markLifecycle(trx, 'offerings', offerings, { status: 'published', ...system });
    await refreshUnits(trx, ids);
    return ids;
  });
}
