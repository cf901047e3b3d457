import { z } from 'zod';
import { DomainError, type ZodApp } from '../../platform/index.js';
import { isPng, MAX_IMAGE_BYTES, unbakePng, unbakeSvg } from '../signing/baked.js';
import { checkNames } from '../domain/verification.js';
import type { CredentialsEnv } from '../env.js';
import { publishedStatusList } from '../publish-status-list.js';
import { MAX_DOCUMENT_BYTES } from '../signing/bounds.js';
import { verifyCredentialDocument } from '../verify-credential.js';

/** The verification report as the API answers it. */
export const verificationReport = z.object({
  verified: z.boolean(),
  verdict: z.enum(['valid', 'invalid', 'revoked', 'suspended', 'expired', 'not-yet-valid', 'unreadable', 'unknown-issuer']),
  format: z.enum(['data-integrity', 'vc-jwt']).nullable(),
  checks: z.array(
    z.object({
      name: z.enum(checkNames),
      outcome: z.enum(['passed', 'failed', 'warning', 'skipped']),
      code: z.string(),
      detail: z.string().optional(),
    }),
  ),
  credential: z
    .object({
      id: z.string().nullable(),
      issuer: z.object({ id: z.string().nullable(), name: z.string().nullable(), url: z.string().nullable() }),
      achievement: z
        .object({
          id: z.string().nullable(),
          name: z.string().nullable(),
          description: z.string().nullable(),
          achievementType: z.string().nullable(),
          criteria: z.string().nullable(),
          imageUrl: z.string().nullable(),
        })
        .nullable(),
      learner: z.object({ name: z.string().nullable(), hashedIdentifiers: z.number().int() }),
      validFrom: z.string().nullable(),
      validUntil: z.string().nullable(),
    })
    .nullable(),
  registeredIssuer: z.object({ institutionName: z.string(), institutionCode: z.string() }).nullable(),
});

/** Public, no login: status lists at their stable URLs and the verification API. */
export async function registerPublicRoutes(app: ZodApp, env: CredentialsEnv): Promise<void> {
  app.get(
    '/credentials/status/:listId/:purpose',
    {
      schema: {
        tags: ['credentials (public)'],
        summary: 'A signed BitstringStatusListCredential (revocation or suspension) at its stable URL',
        params: z.object({ listId: z.uuid(), purpose: z.enum(['revocation', 'suspension']) }),
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request, reply) => {
      const document = await publishedStatusList(env, request.params.listId, request.params.purpose);
      reply.type('application/vc+ld+json').header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*');
      return document;
    },
  );

  app.post(
    '/api/credentials/verifications',
    {
      bodyLimit: MAX_DOCUMENT_BYTES,
      config: { csrf: false },
      schema: {
        tags: ['credentials (public)'],
        summary: 'Verify a credential (JSON document or compact VC-JWT): every check with its outcome and a verdict',
        description:
          'Always 200 with a report when the request itself is well-formed: `verified` is true only when every check passed. ' +
          'Nothing is fetched from elsewhere; status lists of this platform are checked.',
        body: z.object({ credential: z.union([z.record(z.string(), z.unknown()), z.string().min(1).max(MAX_DOCUMENT_BYTES)]) }).strict(),
        response: { 200: verificationReport },
      },
    },
    async (request) => {
      const report = await verifyCredentialDocument(env, request.body.credential);
      return { ...report, checks: [...report.checks] };
    },
  );

  // Images come as raw bodies; the parsers are scoped to this one route.
  await app.register(async (scope: ZodApp) => {
    scope.addContentTypeParser(['image/png'], { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES }, (_request, body, done) =>
      done(null, body),
    );
    scope.addContentTypeParser(['image/svg+xml'], { parseAs: 'string', bodyLimit: MAX_IMAGE_BYTES }, (_request, body, done) =>
      done(null, body),
    );
    scope.post(
      '/api/credentials/verifications/image',
      {
        bodyLimit: MAX_IMAGE_BYTES,
        config: { csrf: false },
        schema: {
          tags: ['credentials (public)'],
          summary: 'Read the credential baked into a badge image (PNG or SVG) and verify it',
          consumes: ['image/png', 'image/svg+xml'],
          body: z.unknown(),
          response: { 200: verificationReport },
        },
      },
      async (request) => {
        const body = request.body;
        let text: string | undefined;
        if (Buffer.isBuffer(body)) text = isPng(body) ? unbakePng(body) : undefined;
        else if (typeof body === 'string') text = unbakeSvg(body);
        else throw new DomainError('unsupported-media-type', 'Send the image as image/png or image/svg+xml');
        if (!text) throw new DomainError('credentials.image-without-credential', 'The image holds no baked credential');
        const report = await verifyCredentialDocument(env, text);
        return { ...report, checks: [...report.checks] };
      },
    );
  });
}
