import type { AnyDb } from '../../platform/index.js';
import { writeReferenceFile } from '../../reference/index.js';
import { refreshUnits } from '../store/derived.js';
import { insertPublished, institutionIdsByCode } from '../store/bulk.js';
import {
  generateReference,
  generateUnits,
  type GeneratedOffering,
  type GeneratedUnit,
  type NationalOptions,
} from './national-generator.js';

/** What loading took, for benchmarks. */
export interface NationalLoadReport {
  readonly institutions: number;
  readonly units: number;
  readonly offerings: number;
  readonly seconds: number;
}

const BATCH = 5_000;

/**
 * Loads a generated national-scale catalogue (see national-generator.ts): the reference data through
 * the reference module, then units and offerings in batches, then their search rows. Running it twice
 * with the same seed changes nothing.
 */
export async function loadNationalCatalogue(
  db: AnyDb,
  options: NationalOptions,
  progress: (line: string) => void = () => undefined,
): Promise<NationalLoadReport> {
  const started = Date.now();
  const reference = generateReference(options);
  await writeReferenceFile({
    db,
    principal: { kind: 'system' },
    requestId: null,
    file: { format: 'json', kind: undefined, content: reference.document },
    dryRun: false,
  });
  const institutionIds = await institutionIdsByCode(db);
  let units: GeneratedUnit[] = [];
  let offerings: GeneratedOffering[] = [];
  let unitCount = 0;
  let offeringCount = 0;
  const flush = async () => {
    if (units.length === 0) return;
    const batch = { units, offerings };
    units = [];
    offerings = [];
    await db.transaction().execute(async (trx) => {
      await insertPublished(trx, institutionIds, batch.units, batch.offerings);
      await refreshUnits(
        trx,
        batch.units.map((u) => u.id),
      );
    });
    progress(`${unitCount} units, ${offeringCount} offerings`);
  };
  for (const { unit, offerings: unitOfferings } of generateUnits(options, {
    ...reference,
    institutions: reference.document.institutions,
  })) {
    units.push(unit);
    offerings.push(...unitOfferings);
    unitCount += 1;
    offeringCount += unitOfferings.length;
    if (units.length >= BATCH) await flush();
  }
  await flush();
  return {
    institutions: reference.document.institutions.length,
    units: unitCount,
    offerings: offeringCount,
    seconds: (Date.now() - started) / 1000,
  };
}
