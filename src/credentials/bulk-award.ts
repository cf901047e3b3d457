import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  DomainError,
  importRejected,
  parseCsv,
  recordAuditEvent,
  requireColumns,
  validateRows,
  type Principal,
  type RowError,
} from '../platform/index.js';
import { awardableAchievement } from './award-badge.js';
import { ensureIssuer } from './ensure-issuer.js';
import type { CredentialsEnv } from './env.js';
import { issueAwards } from './issue-awards.js';
import { findAchievement } from './store/achievements.js';
import { findBulkAward, insertBulkAward, personsByEmail, updateBulkAward } from './store/bulk-awards.js';
import type { BulkRow } from './store/tables.js';

/** The queue that signs bulk awards in the background. */
export const BULK_AWARD_JOB = 'credentials.bulk-award';
/** At most this many recipients per file. */
export const MAX_BULK_ROWS = 20_000;

const row = z.object({
  email: z.email().max(320),
  naam: z.string().trim().min(1).max(200),
});

/** What a bulk award file holds (preview) or what was started. */
export interface BulkAwardReport {
  readonly dryRun: boolean;
  readonly rows: number;
  readonly withAccount: number;
  readonly sample: ReadonlyArray<{ row: number; email: string; name: string; hasAccount: boolean }>;
  readonly run: { readonly id: string; readonly state: string; readonly total: number; readonly done: number } | null;
}

function readRows(csv: string): { rows: BulkRow[]; errors: RowError[]; count: number } {
  const { columns, rows } = parseCsv(csv);
  // English headers are accepted too.
  const normalised = rows.map((r) => ({ row: r.row, values: { ...r.values, naam: r.values['naam'] ?? r.values['name'] ?? '' } }));
  requireColumns(
    columns.map((c) => (c === 'name' ? 'naam' : c)),
    ['email', 'naam'],
  );
  if (rows.length > MAX_BULK_ROWS) throw new DomainError('import-malformed', `At most ${MAX_BULK_ROWS} recipients per file`);
  const { records, errors } = validateRows(normalised, row);
  const seen = new Map<string, number>();
  for (const r of records) {
    const key = r.value.email.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      errors.push({ row: r.row, field: 'email', code: 'duplicate', message: `also on row ${first}`, params: { row: first } });
    else seen.set(key, r.row);
  }
  return {
    rows: records.map((r) => ({ row: r.row, email: r.value.email.toLowerCase(), name: r.value.naam, personId: null })),
    errors: errors.sort((a, b) => a.row - b.row),
    count: rows.length,
  };
}

/**
 * Awards a badge to everyone in a CSV file (columns `email` and `naam`). Every row is checked
 * first; any error rejects the whole file. A preview (`dryRun`) writes nothing. Otherwise a run is
 * stored and signed in the background; the same file for the same badge starts nothing new
 * (idempotent), and a retried run skips recipients already awarded.
 */
export async function startBulkAward(options: {
  readonly env: CredentialsEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly achievementId: string;
  readonly csv: string;
  readonly dryRun: boolean;
}): Promise<BulkAwardReport> {
  const { env, principal } = options;
  const achievement = await awardableAchievement(env, principal, options.achievementId);
  const read = readRows(options.csv);
  if (read.count === 0) throw new DomainError('import-malformed', 'The file holds no recipients');
  if (read.errors.length > 0) throw importRejected(read.errors, read.count);
  const people = await personsByEmail(
    env.db,
    read.rows.map((r) => r.email),
  );
  const rows = read.rows.map((r) => ({ ...r, personId: people.get(r.email)?.id ?? null }));
  const withAccount = rows.filter((r) => r.personId).length;
  const sample = rows.slice(0, 20).map((r) => ({ row: r.row, email: r.email, name: r.name, hasAccount: r.personId !== null }));
  if (options.dryRun) return { dryRun: true, rows: rows.length, withAccount, sample, run: null };

  await ensureIssuer({ env, institutionId: achievement.institution_id, actor: principal, requestId: options.requestId });
  const fileHash = createHash('sha256')
    .update(JSON.stringify(rows.map((r) => [r.email, r.name])))
    .digest('hex');
  const run = await env.db.transaction().execute(async (trx) => {
    const stored = await insertBulkAward(trx, {
      institutionId: achievement.institution_id,
      achievementId: achievement.id,
      fileHash,
      rows,
      requestedBy: principal.kind === 'person' ? principal.personId : null,
    });
    if (stored.created) {
      await recordAuditEvent(trx, {
        actor: principal,
        action: 'credentials.bulk-award-started',
        subjectType: 'credential-bulk-award',
        subjectId: stored.id,
        institutionId: achievement.institution_id,
        requestId: options.requestId,
        details: { achievementId: achievement.id, rows: rows.length },
      });
    }
    return stored;
  });
  if (run.created) await env.jobs.send(BULK_AWARD_JOB, { bulkAwardId: run.id }, { singletonKey: run.id });
  const current = await findBulkAward(env.db, run.id);
  return {
    dryRun: false,
    rows: rows.length,
    withAccount,
    sample,
    run: { id: run.id, state: current?.state ?? 'queued', total: current?.total ?? rows.length, done: current?.done ?? 0 },
  };
}

/** The background job: signs and stores every award of a run, reporting progress as it goes. */
export async function runBulkAward(env: CredentialsEnv, bulkAwardId: string): Promise<void> {
  const run = await findBulkAward(env.db, bulkAwardId);
  if (!run || run.state === 'finished') return;
  const achievement = await findAchievement(env.db, run.achievement_id);
  if (!achievement) return updateBulkAward(env.db, run.id, { state: 'failed', error: 'the achievement no longer exists' });
  await updateBulkAward(env.db, run.id, { state: 'running', error: null });
  try {
    const issuer = await ensureIssuer({ env, institutionId: run.institution_id, actor: { kind: 'system' }, requestId: null });
    await issueAwards({
      env,
      issuer,
      achievement,
      recipients: run.rows.map((r) => ({
        name: r.name,
        email: r.email,
        personId: r.personId,
        idempotencyKey: `bulk:${run.id}:${r.email}`,
      })),
      source: 'bulk',
      actor: { kind: 'system' },
      requestId: null,
      onProgress: (done) => updateBulkAward(env.db, run.id, { done }),
    });
    await updateBulkAward(env.db, run.id, { state: 'finished', done: run.total });
  } catch (error) {
    await updateBulkAward(env.db, run.id, { state: 'failed', error: error instanceof Error ? error.message.slice(0, 500) : 'failed' });
    throw error;
  }
}
