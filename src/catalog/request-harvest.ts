import { authorize, DomainError, recordAuditEvent, type AnyDb, type JobQueue, type Principal } from '../platform/index.js';
import { catalogPolicy } from './policy.js';
import { findSource } from './store/harvest.js';

/** The background job that harvests one source (or, without a source, every enabled one). */
export const HARVEST_JOB = 'catalog.harvest';

/** Starts a harvest of one source now (on demand), as a background job; returns the job id. */
export async function requestHarvest(options: {
  readonly db: AnyDb;
  readonly jobs: JobQueue;
  readonly principal: Principal;
  readonly requestId: string;
  readonly sourceId: string;
  readonly full: boolean;
}): Promise<{ jobId: string | null }> {
  authorize(options.principal, catalogPolicy.manageSources(options.principal));
  if (!(await findSource(options.db, options.sourceId))) throw new DomainError('not-found', 'No such source');
  await recordAuditEvent(options.db, {
    actor: options.principal,
    action: 'catalog.harvest-requested',
    subjectType: 'catalog-source',
    subjectId: options.sourceId,
    requestId: options.requestId,
    details: { full: options.full },
  });
  const jobId = await options.jobs.send(
    HARVEST_JOB,
    { sourceId: options.sourceId, full: options.full },
    { singletonKey: options.sourceId },
  );
  return { jobId };
}
