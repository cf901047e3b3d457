import { tablesOf, type AnyDb } from '../platform/index.js';
import { oeapiOffering, oeapiUnit, offeringFromOeapi, unitFromOeapi } from './domain/oeapi-read.js';
import { offeringInput, unitInput } from './domain/records.js';
import { defaultLimits, getJson, organisationsOf, readAll, SourceError, supportsChanges, type ReadLimits } from './harvest/read-source.js';
import { findSource, listSources, recordRun, writeHarvest, type HarvestedOffering, type HarvestedUnit } from './store/harvest.js';
import type { CatalogTables } from './store/tables.js';

/** How a harvest of one source ended. */
export interface HarvestOutcome {
  readonly sourceId: string;
  readonly outcome: 'ok' | 'failed' | 'skipped';
  readonly mode?: 'full' | 'incremental';
  readonly errorCode?: string;
  readonly error?: string;
  readonly counts?: Record<string, number>;
}

/** A harvest asks for changes since a little before the previous one started: clocks of two servers differ. */
const CLOCK_MARGIN_MS = 5 * 60_000;
const placeholder = '00000000-0000-4000-8000-000000000000';

/**
 * Harvests one source: reads its organisations, courses, learning components and their offerings
 * over OEAPI v6 (only what changed since the last good run when the source supports it), and writes
 * them in one transaction. A source that is slow, down or answers with something else is recorded
 * with its error and its last good data stays as it was. Never throws for a bad source.
 */
export async function harvestSource(options: {
  readonly db: AnyDb;
  readonly sourceId: string;
  readonly full?: boolean;
  readonly limits?: Partial<ReadLimits>;
}): Promise<HarvestOutcome> {
  const { db, sourceId } = options;
  const source = await findSource(db, sourceId);
  if (!source || !source.enabled) return { sourceId, outcome: 'skipped' };
  const limits: ReadLimits = { ...defaultLimits(), ...options.limits };
  const base = source.base_url.replace(/\/+$/, '');
  const startedAt = new Date();
  let mode: 'full' | 'incremental' = 'full';
  try {
    const root = await getJson(`${base}/`, limits);
    if (typeof root !== 'object' || root === null || !('specification' in root))
      throw new SourceError('not-oeapi', `${base}/ is not an OEAPI service root`);
    mode = !options.full && source.watermark && supportsChanges(root) ? 'incremental' : 'full';
    const filter: Record<string, string> =
      mode === 'incremental' && source.watermark
        ? { 'filter_query[lastModified][gt_date]': new Date(source.watermark.getTime() - CLOCK_MARGIN_MS).toISOString() }
        : {};

    const organisations = organisationsOf(await readAll(base, '/organisations', {}, limits));
    const known = organisations.length
      ? await tablesOf<CatalogTables>(db)
          .selectFrom('institutions')
          .select(['id', 'code'])
          .where(
            'code',
            'in',
            organisations.map((o) => o.rioCode),
          )
          .execute()
      : [];
    const institutionOf = new Map(
      organisations.flatMap((o) => {
        const local = known.find((k) => k.code === o.rioCode);
        return local ? [[o.remoteId, local.id] as const] : [];
      }),
    );

    const keep = new Set<string>();
    let invalid = 0;
    let unknownOrganisation = 0;
    const units: HarvestedUnit[] = [];
    for (const path of ['/courses', '/learning-components']) {
      for (const item of await readAll(base, path, filter, limits)) {
        const parsed = oeapiUnit.safeParse(item);
        if (!parsed.success) {
          invalid += 1;
          const id =
            (item as { courseId?: unknown; componentId?: unknown } | null)?.courseId ??
            (item as { componentId?: unknown } | null)?.componentId;
          if (typeof id === 'string') keep.add(id);
          continue;
        }
        const remoteId = parsed.data.courseId ?? parsed.data.componentId ?? '';
        const institutionId = parsed.data.organisationId ? institutionOf.get(parsed.data.organisationId) : undefined;
        if (!institutionId) {
          unknownOrganisation += 1;
          keep.add(remoteId);
          continue;
        }
        const content = unitInput.safeParse({ ...unitFromOeapi(parsed.data), parentUnitId: null, programmeId: null });
        if (!content.success) {
          invalid += 1;
          keep.add(remoteId);
          continue;
        }
        const validTo = parsed.data.validTo ? Date.parse(parsed.data.validTo) : NaN;
        units.push({
          remoteId,
          institutionId,
          content: content.data,
          parentRemoteId: parsed.data.componentId ? ((item as { courseId?: string }).courseId ?? null) : null,
          retired: !Number.isNaN(validTo) && validTo <= Date.now(),
        });
      }
    }

    const offerings: HarvestedOffering[] = [];
    for (const [remoteOrganisation, institutionId] of institutionOf) {
      for (const kind of ['course-offerings', 'learning-component-offerings']) {
        for (const item of await readAll(base, `/organisations/${remoteOrganisation}/${kind}`, filter, limits)) {
          const parsed = oeapiOffering.safeParse(item);
          const remoteId = parsed.success ? (parsed.data.courseOfferingId ?? parsed.data.learningComponentOfferingId) : undefined;
          const unitRemoteId = parsed.success ? (parsed.data.courseId ?? parsed.data.learningComponentId) : undefined;
          if (!parsed.success || !remoteId || !unitRemoteId) {
            invalid += 1;
            continue;
          }
          const { cancelled, ...mapped } = offeringFromOeapi(parsed.data);
          // Location codes of another institution's locations are kept only when they are well formed.
          const content = offeringInput.safeParse({ ...mapped, unitId: placeholder });
          if (!content.success) {
            invalid += 1;
            keep.add(remoteId);
            continue;
          }
          offerings.push({ remoteId, institutionId, unitRemoteId, content: content.data, retired: cancelled === true });
        }
      }
    }

    const counts = await db.transaction().execute(async (trx) => {
      const written = await writeHarvest(trx, sourceId, { units, offerings, full: mode === 'full', keep });
      const all = { ...written, invalidItems: invalid, unknownOrganisation, organisations: institutionOf.size };
      await recordRun(trx, sourceId, { startedAt, mode, outcome: 'ok', counts: all, watermark: startedAt });
      return all;
    });
    return { sourceId, outcome: 'ok', mode, counts };
  } catch (error) {
    const code = error instanceof SourceError ? error.code : 'internal';
    const message = error instanceof SourceError ? error.message : `The harvest failed: ${(error as Error).message}`;
    await db
      .transaction()
      .execute((trx) => recordRun(trx, sourceId, { startedAt, mode, outcome: 'failed', errorCode: code, error: message }));
    return { sourceId, outcome: 'failed', mode, errorCode: code, error: message };
  }
}

/** Harvests every enabled source, one after the other; one bad source never stops the others. */
export async function harvestAllSources(options: { readonly db: AnyDb; readonly limits?: Partial<ReadLimits> }): Promise<HarvestOutcome[]> {
  const outcomes: HarvestOutcome[] = [];
  for (const source of await listSources(options.db)) {
    if (!source.enabled) continue;
    outcomes.push(await harvestSource({ db: options.db, sourceId: source.id, ...(options.limits ? { limits: options.limits } : {}) }));
  }
  return outcomes;
}
