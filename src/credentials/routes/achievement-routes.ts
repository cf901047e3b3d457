import { z } from 'zod';
import { authorize, DomainError, offsetLimit, pageOf, pageQuery, type ZodApp } from '../../platform/index.js';
import { archiveAchievement } from '../archive-achievement.js';
import { achievementFields } from '../domain/achievement.js';
import { defaultBadgeSvg, parseImageDataUrl } from '../domain/badge-image.js';
import { achievementObject } from '../domain/credential.js';
import type { CredentialsEnv } from '../env.js';
import { credentialsPolicy } from '../policy.js';
import { saveAchievement } from '../save-achievement.js';
import { findAchievement, listAchievements } from '../store/achievements.js';
import { achievementJson, toAchievementJson, toAchievementView } from './achievement-views.js';

const institutionParams = z.object({ institutionId: z.uuid() });
const achievementParams = z.object({ achievementId: z.uuid() });
const listQuery = pageQuery.extend({ q: z.string().trim().max(100).optional() });

/** Achievements (badge classes): managed by the institution's credential issuers, readable by everyone. */
export function registerAchievementRoutes(app: ZodApp, env: CredentialsEnv): void {
  app.get(
    '/api/credentials/institutions/:institutionId/achievements',
    {
      schema: {
        tags: ['credentials'],
        summary: "The institution's achievements, archived ones included, with how often each was awarded",
        params: institutionParams,
        querystring: listQuery,
        response: { 200: pageOf(achievementJson.extend({ awardCount: z.number().int() })) },
      },
    },
    async (request) => {
      const { institutionId } = request.params;
      authorize(request.principal, credentialsPolicy.manageAchievements(request.principal, institutionId));
      const page = await listAchievements(env.db, {
        institutionId,
        includeArchived: true,
        q: request.query.q,
        ...offsetLimit(request.query),
      });
      return {
        items: page.items.map((row) => ({ ...toAchievementJson(env, row), awardCount: row.award_count })),
        total: page.total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    '/api/credentials/institutions/:institutionId/achievements',
    {
      bodyLimit: 1024 * 1024,
      schema: {
        tags: ['credentials'],
        summary: 'Create an achievement (badge class); study load in SBU is required, a microcredential needs more (mbo rules)',
        params: institutionParams,
        body: achievementFields,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const saved = await saveAchievement({
        env,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.institutionId,
        fields: request.body,
      });
      return reply.code(201).send(saved);
    },
  );

  app.get(
    '/api/credentials/achievements',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Achievements of every institution that are not archived (the badge catalogue)',
        querystring: listQuery.extend({ enrolmentOpen: z.enum(['true', 'false']).optional() }),
        response: { 200: pageOf(achievementJson) },
      },
    },
    async (request) => {
      const { enrolmentOpen } = request.query;
      const page = await listAchievements(env.db, {
        includeArchived: false,
        q: request.query.q,
        ...(enrolmentOpen ? { enrolmentOpen: enrolmentOpen === 'true' } : {}),
        ...offsetLimit(request.query),
      });
      return {
        items: page.items.map((row) => toAchievementJson(env, row)),
        total: page.total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/api/credentials/achievements/:achievementId',
    {
      schema: { tags: ['credentials'], summary: 'One achievement', params: achievementParams, response: { 200: achievementJson } },
    },
    async (request) => {
      const row = await findAchievement(env.db, request.params.achievementId);
      if (!row) throw new DomainError('not-found', 'No achievement with this id');
      return toAchievementJson(env, row);
    },
  );

  app.put(
    '/api/credentials/achievements/:achievementId',
    {
      bodyLimit: 1024 * 1024,
      schema: {
        tags: ['credentials'],
        summary: "Replace an achievement's fields (credentials already awarded keep what they were signed with)",
        params: achievementParams,
        body: achievementFields,
        response: { 200: z.object({ id: z.uuid() }) },
      },
    },
    async (request) => {
      const row = await findAchievement(env.db, request.params.achievementId);
      if (!row) {
        if (request.principal.kind === 'anonymous') throw new DomainError('unauthenticated');
        throw new DomainError('not-found', 'No achievement with this id');
      }
      return saveAchievement({
        env,
        principal: request.principal,
        requestId: request.id,
        institutionId: row.institution_id,
        achievementId: row.id,
        fields: request.body,
      });
    },
  );

  app.post(
    '/api/credentials/achievements/:achievementId/archive',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Archive an achievement: no new awards or requests; awarded credentials stay valid',
        params: achievementParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await archiveAchievement({ env, principal: request.principal, requestId: request.id, achievementId: request.params.achievementId });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/credentials/achievements/:achievementId',
    {
      schema: {
        tags: ['credentials (public)'],
        summary: 'The Open Badges 3.0 Achievement document (the identifier credentials use)',
        params: achievementParams,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request, reply) => {
      const row = await findAchievement(env.db, request.params.achievementId);
      if (!row) throw new DomainError('not-found', 'No achievement with this id');
      reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=300');
      return {
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
        ...achievementObject(toAchievementView(env, row)),
      };
    },
  );

  app.get(
    '/credentials/achievements/:achievementId/image',
    {
      schema: {
        tags: ['credentials (public)'],
        summary: "The achievement's badge image (PNG or SVG; a generated SVG when none was uploaded)",
        params: achievementParams,
        produces: ['image/png', 'image/svg+xml'],
      },
    },
    async (request, reply) => {
      const row = await findAchievement(env.db, request.params.achievementId);
      if (!row) throw new DomainError('not-found', 'No achievement with this id');
      const image = row.image ? parseImageDataUrl(row.image) : undefined;
      reply
        .header('cache-control', 'public, max-age=300')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .header('x-content-type-options', 'nosniff');
      if (image) return reply.type(image.mediaType).send(Buffer.from(image.base64, 'base64'));
      if (row.image) return reply.redirect(row.image);
      return reply.type('image/svg+xml').send(defaultBadgeSvg({ name: row.name, sbu: row.sbu, institution: row.institution_name }));
    },
  );
}
