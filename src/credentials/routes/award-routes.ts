import { z } from 'zod';
import { authorize, DomainError, offsetLimit, pageOf, pageQuery, type ZodApp } from '../../platform/index.js';
import { awardBadge } from '../award-badge.js';
import { startBulkAward } from '../bulk-award.js';
import { changeAwardStatus } from '../change-award-status.js';
import { decideEnrolment } from '../decide-enrolment.js';
import type { CredentialsEnv } from '../env.js';
import { credentialsPolicy } from '../policy.js';
import { listInstitutionAwards } from '../store/awards.js';
import { findBulkAward } from '../store/bulk-awards.js';
import { listEnrolments } from '../store/enrolments.js';

const institutionParams = z.object({ institutionId: z.uuid() });
const achievementParams = z.object({ achievementId: z.uuid() });

/** An award as issuer staff see it. */
export const awardJson = z.object({
  id: z.uuid(),
  achievementId: z.uuid().nullable(),
  achievementName: z.string().nullable(),
  institutionName: z.string(),
  recipientName: z.string().nullable(),
  recipientHasAccount: z.boolean(),
  source: z.enum(['direct', 'bulk', 'enrolment', 'api']),
  issuedAt: z.string(),
  acceptedAt: z.string().nullable(),
  declinedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  suspendedAt: z.string().nullable(),
});

type AwardRow = Awaited<ReturnType<typeof listInstitutionAwards>>['items'][number];

/** The API form of an award row. */
export function toAwardJson(row: Omit<AwardRow, 'total'>): z.infer<typeof awardJson> {
  return {
    id: row.id,
    achievementId: row.achievement_id,
    achievementName: row.achievement_name,
    institutionName: row.institution_name,
    recipientName: row.recipient_name,
    recipientHasAccount: row.recipient_person_id !== null,
    source: row.source,
    issuedAt: row.issued_at.toISOString(),
    acceptedAt: row.accepted_at?.toISOString() ?? null,
    declinedAt: row.declined_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    suspendedAt: row.suspended_at?.toISOString() ?? null,
  };
}

const bulkReport = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  withAccount: z.number().int().describe('Recipients who have logged in before (they see the badge at once)'),
  sample: z.array(z.object({ row: z.number().int(), email: z.string(), name: z.string(), hasAccount: z.boolean() })),
  run: z.object({ id: z.uuid(), state: z.string(), total: z.number().int(), done: z.number().int() }).nullable(),
});

/** Awarding, revoking and suspending, bulk awards and enrolment decisions, for the institution's credential issuers. */
export function registerAwardRoutes(app: ZodApp, env: CredentialsEnv): void {
  app.post(
    '/api/credentials/achievements/:achievementId/awards',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Award the badge to one learner (by the e-mail address of their account, or any address with a name)',
        params: achievementParams,
        body: z
          .object({
            email: z.email().max(320),
            name: z.string().trim().min(1).max(200).optional(),
            validUntil: z.iso.datetime({ offset: true }).optional(),
          })
          .strict(),
        response: { 201: z.object({ id: z.uuid(), recipientHasAccount: z.boolean() }) },
      },
    },
    async (request, reply) => {
      const { email, name, validUntil } = request.body;
      const awarded = await awardBadge({
        env,
        principal: request.principal,
        requestId: request.id,
        achievementId: request.params.achievementId,
        recipient: { email, name },
        validUntil: validUntil ? new Date(validUntil) : null,
      });
      return reply.code(201).send(awarded);
    },
  );

  app.post(
    '/api/credentials/achievements/:achievementId/bulk-awards',
    {
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags: ['credentials'],
        summary: 'Award the badge to everyone in a CSV file (columns email;naam); dryRun=true previews and writes nothing',
        description:
          'Every row is checked first; any error rejects the whole file (422 with every row error). The same file for the ' +
          'same badge starts nothing new. Signing runs in the background: follow it at /api/credentials/bulk-awards/{id}.',
        consumes: ['text/csv'],
        params: achievementParams,
        querystring: z.object({
          dryRun: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true'),
        }),
        body: z.unknown(),
        response: { 200: bulkReport, 202: bulkReport },
      },
    },
    async (request, reply) => {
      if (typeof request.body !== 'string') throw new DomainError('unsupported-media-type', 'Send the file as text/csv');
      const report = await startBulkAward({
        env,
        principal: request.principal,
        requestId: request.id,
        achievementId: request.params.achievementId,
        csv: request.body,
        dryRun: request.query.dryRun,
      });
      return reply.code(report.dryRun ? 200 : 202).send({ ...report, sample: [...report.sample] });
    },
  );

  app.get(
    '/api/credentials/bulk-awards/:bulkAwardId',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Progress of a bulk award',
        params: z.object({ bulkAwardId: z.uuid() }),
        response: {
          200: z.object({
            id: z.uuid(),
            achievementId: z.uuid(),
            state: z.enum(['queued', 'running', 'finished', 'failed']),
            total: z.number().int(),
            done: z.number().int(),
            error: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const run = await findBulkAward(env.db, request.params.bulkAwardId);
      if (!run && request.principal.kind === 'anonymous') throw new DomainError('unauthenticated');
      if (!run) throw new DomainError('not-found', 'No bulk award with this id');
      authorize(request.principal, credentialsPolicy.award(request.principal, run.institution_id));
      return { id: run.id, achievementId: run.achievement_id, state: run.state, total: run.total, done: run.done, error: run.error };
    },
  );

  app.get(
    '/api/credentials/institutions/:institutionId/awards',
    {
      schema: {
        tags: ['credentials'],
        summary: "The institution's awards, newest first",
        params: institutionParams,
        querystring: pageQuery.extend({ achievementId: z.uuid().optional(), q: z.string().trim().max(100).optional() }),
        response: { 200: pageOf(awardJson) },
      },
    },
    async (request) => {
      const { institutionId } = request.params;
      authorize(request.principal, credentialsPolicy.award(request.principal, institutionId));
      const page = await listInstitutionAwards(env.db, {
        institutionId,
        achievementId: request.query.achievementId,
        q: request.query.q,
        ...offsetLimit(request.query),
      });
      return { items: page.items.map(toAwardJson), total: page.total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.post(
    '/api/credentials/awards/:awardId/status',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Revoke (final), suspend or reinstate an award; its status list changes with it',
        params: z.object({ awardId: z.uuid() }),
        body: z
          .object({ change: z.enum(['revoke', 'suspend', 'reinstate']), reason: z.string().trim().min(1).max(500).optional() })
          .strict(),
        response: { 200: z.object({ revoked: z.boolean(), suspended: z.boolean() }) },
      },
    },
    async (request) =>
      changeAwardStatus({
        env,
        principal: request.principal,
        requestId: request.id,
        awardId: request.params.awardId,
        change: request.body.change,
        reason: request.body.reason,
      }),
  );

  app.get(
    '/api/credentials/institutions/:institutionId/enrolments',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Requests of learners for badges of the institution',
        params: institutionParams,
        querystring: z.object({ status: z.enum(['pending', 'approved', 'declined']).optional() }),
        response: {
          200: z.array(
            z.object({
              id: z.uuid(),
              achievementId: z.uuid(),
              achievementName: z.string(),
              personName: z.string(),
              motivation: z.string().nullable(),
              status: z.enum(['pending', 'approved', 'declined']),
              createdAt: z.string(),
              decidedAt: z.string().nullable(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const { institutionId } = request.params;
      authorize(request.principal, credentialsPolicy.award(request.principal, institutionId));
      const rows = await listEnrolments(env.db, { institutionId, status: request.query.status });
      return rows.map((r) => ({
        id: r.id,
        achievementId: r.achievement_id,
        achievementName: r.achievement_name,
        personName: r.person_name,
        motivation: r.motivation,
        status: r.status,
        createdAt: r.created_at.toISOString(),
        decidedAt: r.decided_at?.toISOString() ?? null,
      }));
    },
  );

  app.post(
    '/api/credentials/enrolments/:enrolmentId/decision',
    {
      schema: {
        tags: ['credentials'],
        summary: "Approve a learner's request (awards the badge) or decline it",
        params: z.object({ enrolmentId: z.uuid() }),
        body: z.object({ approve: z.boolean(), note: z.string().trim().min(1).max(500).optional() }).strict(),
        response: { 200: z.object({ status: z.enum(['approved', 'declined']), awardId: z.uuid().nullable() }) },
      },
    },
    async (request) =>
      decideEnrolment({
        env,
        principal: request.principal,
        requestId: request.id,
        enrolmentId: request.params.enrolmentId,
        approve: request.body.approve,
        note: request.body.note,
      }),
  );
}
