import { z } from 'zod';
import { DomainError, requirePerson, type ZodApp } from '../../platform/index.js';
import { answerAward, isAddressedTo } from '../answer-award.js';
import { emailKey } from '../issue-awards.js';
import { activeKeys } from '../keyring.js';
import { requestEnrolment } from '../request-enrolment.js';
import { shareAward } from '../share-award.js';
import { bakePng, bakeSvg, defaultBadgePng } from '../signing/baked.js';
import { signJwt } from '../signing/sign-jwt.js';
import { defaultBadgeSvg, parseImageDataUrl } from '../domain/badge-image.js';
import { findAchievement } from '../store/achievements.js';
import { awardCredential, findAward, listPersonAwards, personContact, sharedCredential } from '../store/awards.js';
import { listOwnEnrolments } from '../store/enrolments.js';
import { awardJson, toAwardJson } from './award-routes.js';
import { urls, type CredentialsEnv } from '../env.js';

const awardParams = z.object({ awardId: z.uuid() });

/** A learner's badges: what they received, accepting or declining, downloading, asking for a badge. */
export function registerLearnerRoutes(app: ZodApp, env: CredentialsEnv): void {
  app.get(
    '/api/credentials/me/awards',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Badges awarded to me (by account, or to the e-mail address I log in with)',
        response: { 200: z.array(awardJson.extend({ imageUrl: z.string().nullable(), shareUrl: z.string().nullable() })) },
      },
    },
    async (request) => {
      const person = requirePerson(request.principal);
      const contact = await personContact(env.db, person.personId);
      const rows = await listPersonAwards(env.db, { personId: person.personId, emailKey: contact?.email ? emailKey(contact.email) : null });
      return rows.map((r) => ({
        ...toAwardJson(r),
        imageUrl: r.achievement_id ? urls.achievementImage(env, r.achievement_id) : null,
        shareUrl:
          r.share_token && r.recipient_person_id === person.personId ? `${env.publicUrl}/credentials/shared/${r.share_token}` : null,
      }));
    },
  );

  app.post(
    '/api/credentials/me/awards/:awardId/answer',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Accept a badge into my dossier, or decline it',
        params: awardParams,
        body: z.object({ accept: z.boolean() }).strict(),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await answerAward({
        env,
        principal: request.principal,
        requestId: request.id,
        awardId: request.params.awardId,
        accept: request.body.accept,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/credentials/me/awards/:awardId/credential',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Download my badge: the signed credential (JSON-LD with eddsa-rdfc-2022) or its VC-JWT form',
        params: awardParams,
        querystring: z.object({ format: z.enum(['json', 'jwt', 'jwt-rs256']).default('json') }),
        produces: ['application/vc+ld+json', 'application/vc+jwt'],
      },
    },
    async (request, reply) => {
      const person = requirePerson(request.principal);
      const award = await findAward(env.db, request.params.awardId);
      if (!award || !(await isAddressedTo(env, award, person.personId)))
        throw new DomainError('not-found', 'No award for you with this id');
      const stored = await awardCredential(env.db, award.id);
      if (!stored) throw new DomainError('not-found', 'No award for you with this id');
      const name = `badge-${award.id.slice(0, 8)}`;
      reply.header('cache-control', 'no-store');
      if (request.query.format === 'json') {
        return reply
          .type('application/vc+ld+json')
          .header('content-disposition', `attachment; filename="${name}.json"`)
          .send(JSON.stringify(stored.credential, null, 2));
      }
      // The JWT form is signed on request by the key generation that signed the credential.
      const { proof: _proof, ...credential } = stored.credential;
      const keys = await activeKeys(env, env.db, award.issuer_id);
      const issuerId = (credential['issuer'] as { id?: string } | undefined)?.id;
      const generation = issuerId === keys.ed25519.controller ? keys : undefined;
      if (!generation) {
        throw new DomainError('credentials.key-retired', 'This badge was signed with a retired key; download the JSON form');
      }
      const jwt = await signJwt(credential, request.query.format === 'jwt-rs256' ? generation.rs256 : generation.ed25519);
      return reply.type('application/vc+jwt').header('content-disposition', `attachment; filename="${name}.jwt"`).send(jwt);
    },
  );

  app.post(
    '/api/credentials/me/awards/:awardId/share',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Share an accepted badge by link (share=true), or stop sharing it',
        params: awardParams,
        body: z.object({ share: z.boolean() }).strict(),
        response: { 200: z.object({ url: z.string().nullable() }) },
      },
    },
    async (request) =>
      shareAward({ env, principal: request.principal, requestId: request.id, awardId: request.params.awardId, share: request.body.share }),
  );

  app.get(
    '/credentials/shared/:token',
    {
      schema: {
        tags: ['credentials (public)'],
        summary: 'A badge its learner shares by link: the signed credential, to verify anywhere',
        params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{32}$/) }),
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request, reply) => {
      const shared = await sharedCredential(env.db, request.params.token);
      if (!shared) throw new DomainError('not-found', 'Nothing is shared under this link');
      reply.type('application/vc+ld+json').header('cache-control', 'no-store').header('access-control-allow-origin', '*');
      return shared.credential;
    },
  );

  app.get(
    '/api/credentials/me/awards/:awardId/baked',
    {
      schema: {
        tags: ['credentials'],
        summary: 'My badge as an image with the credential baked in (Open Badges 3.0: PNG iTXt or SVG element)',
        params: awardParams,
        querystring: z.object({ format: z.enum(['png', 'svg']).default('png') }),
        produces: ['image/png', 'image/svg+xml'],
      },
    },
    async (request, reply) => {
      const person = requirePerson(request.principal);
      const award = await findAward(env.db, request.params.awardId);
      if (!award || !(await isAddressedTo(env, award, person.personId)))
        throw new DomainError('not-found', 'No award for you with this id');
      const stored = await awardCredential(env.db, award.id);
      const achievement = award.achievement_id ? await findAchievement(env.db, award.achievement_id) : undefined;
      if (!stored) throw new DomainError('not-found', 'No award for you with this id');
      const text = JSON.stringify(stored.credential);
      const image = achievement?.image ? parseImageDataUrl(achievement.image) : undefined;
      const name = `badge-${award.id.slice(0, 8)}`;
      reply.header('cache-control', 'no-store');
      if (request.query.format === 'png') {
        const png = image?.mediaType === 'image/png' ? Buffer.from(image.base64, 'base64') : defaultBadgePng();
        return reply.type('image/png').header('content-disposition', `attachment; filename="${name}.png"`).send(bakePng(png, text));
      }
      const svg =
        image?.mediaType === 'image/svg+xml'
          ? Buffer.from(image.base64, 'base64').toString('utf8')
          : defaultBadgeSvg({ name: achievement?.name ?? 'Badge', sbu: achievement?.sbu ?? 0, institution: award.institution_name });
      return reply
        .type('image/svg+xml')
        .header('content-disposition', `attachment; filename="${name}.svg"`)
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(bakeSvg(svg, text));
    },
  );

  app.post(
    '/api/credentials/achievements/:achievementId/enrolments',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Ask for a badge (when its issuer accepts requests)',
        params: z.object({ achievementId: z.uuid() }),
        body: z.object({ motivation: z.string().trim().min(1).max(1000).optional() }).strict(),
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const created = await requestEnrolment({
        env,
        principal: request.principal,
        requestId: request.id,
        achievementId: request.params.achievementId,
        motivation: request.body.motivation,
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/credentials/me/enrolments',
    {
      schema: {
        tags: ['credentials'],
        summary: 'My requests for badges',
        response: {
          200: z.array(
            z.object({
              id: z.uuid(),
              achievementId: z.uuid(),
              achievementName: z.string(),
              status: z.enum(['pending', 'approved', 'declined']),
              createdAt: z.string(),
              decisionNote: z.string().nullable(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const person = requirePerson(request.principal);
      const rows = await listOwnEnrolments(env.db, person.personId);
      return rows.map((r) => ({
        id: r.id,
        achievementId: r.achievement_id,
        achievementName: r.achievement_name,
        status: r.status,
        createdAt: r.created_at.toISOString(),
        decisionNote: r.decision_note,
      }));
    },
  );
}
