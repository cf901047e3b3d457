import { z } from 'zod';
import { DomainError, type ZodApp } from '../../platform/index.js';
import type { VerificationReport } from '../domain/verification.js';
import type { CredentialsEnv } from '../env.js';
import { issueCredential } from '../issue-credential.js';
import { MAX_DOCUMENT_BYTES } from '../signing/bounds.js';
import type { PresentationOutcome } from '../signing/verify-presentation.js';
import { verifyCredentialDocument } from '../verify-credential.js';

const verifyResult = z.object({
  verified: z.boolean(),
  checks: z.array(z.string()),
  warnings: z.array(z.unknown()),
  errors: z.array(z.unknown()),
});

/** One failed or doubtful check in a VC-API answer (also a problem document's field error). */
interface ResultEntry {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** The VC-API answer for one credential's report. */
function vcApiResult(report: VerificationReport): { verified: boolean; checks: string[]; warnings: ResultEntry[]; errors: ResultEntry[] } {
  return {
    verified: report.verified,
    checks: report.checks.filter((c) => c.outcome === 'passed').map((c) => (c.name === 'signature' ? 'proof' : c.name)),
    warnings: report.checks
      .filter((c) => c.outcome === 'warning')
      .map((c) => ({ path: c.name, code: c.code, message: c.detail ?? c.code })),
    errors: report.checks.filter((c) => c.outcome === 'failed').map((c) => ({ path: c.name, code: c.code, message: c.detail ?? c.code })),
  };
}

function rejected(result: ReturnType<typeof vcApiResult>): DomainError {
  const first = result.errors[0];
  return new DomainError('credentials.verification-failed', first?.message ?? 'The credential does not verify', result);
}

/** The W3C VC-API: issue (institution issuers and their systems), verify credentials and presentations (anyone). */
export function registerVcApiRoutes(app: ZodApp, env: CredentialsEnv): void {
  app.post(
    '/credentials/issue',
    {
      bodyLimit: MAX_DOCUMENT_BYTES,
      schema: {
        tags: ['VC-API'],
        summary: 'Issue a credential (W3C VC-API): checked per VC Data Model 2.0, signed with eddsa-rdfc-2022',
        description:
          'The credential must name the institution’s issuer (its current did:key). `options.format: "vc+jwt"` returns an ' +
          'EnvelopedVerifiableCredential with a VC-JWT instead. 400/422 on malformed or unacceptable input.',
        body: z.object({
          credential: z.record(z.string(), z.unknown()),
          options: z
            .object({ format: z.enum(['ldp', 'vc+jwt']).optional() })
            .catchall(z.unknown())
            .optional(),
        }),
        response: { 201: z.object({ verifiableCredential: z.record(z.string(), z.unknown()) }) },
      },
    },
    async (request, reply) => {
      const verifiableCredential = await issueCredential({
        env,
        principal: request.principal,
        requestId: request.id,
        credential: request.body.credential,
        format: request.body.options?.format,
      });
      return reply.code(201).send({ verifiableCredential });
    },
  );

  app.post(
    '/credentials/verify',
    {
      bodyLimit: MAX_DOCUMENT_BYTES,
      config: { csrf: false },
      schema: {
        tags: ['VC-API'],
        summary: 'Verify a credential (W3C VC-API): 200 when verified, 400 with the failed checks otherwise',
        body: z.object({
          verifiableCredential: z
            .record(z.string(), z.unknown())
            .describe('A credential with an embedded proof, or an EnvelopedVerifiableCredential'),
          options: z.record(z.string(), z.unknown()).optional(),
        }),
        response: { 200: verifyResult },
      },
    },
    async (request) => {
      const result = vcApiResult(await verifyCredentialDocument(env, request.body.verifiableCredential));
      if (!result.verified) throw rejected(result);
      return result;
    },
  );

  app.post(
    '/presentations/verify',
    {
      bodyLimit: MAX_DOCUMENT_BYTES,
      config: { csrf: false },
      schema: {
        tags: ['VC-API'],
        summary: 'Verify a presentation (W3C VC-API) with options.challenge and options.domain, and every credential in it',
        body: z.object({
          verifiablePresentation: z.record(z.string(), z.unknown()),
          options: z
            .object({ challenge: z.string().max(500).optional(), domain: z.string().max(500).optional() })
            .catchall(z.unknown())
            .optional(),
        }),
        response: { 200: verifyResult },
      },
    },
    async (request) => {
      const { verifiablePresentation: vp, options } = request.body;
      if (vp['proof'] !== undefined && options?.challenge === undefined) {
        throw rejected({
          verified: false,
          checks: [],
          warnings: [],
          errors: [{ path: 'options/challenge', code: 'required', message: 'options.challenge is required' }],
        });
      }
      const own = await env.pool.run<PresentationOutcome>(
        {
          kind: 'verify-presentation',
          presentation: vp,
          ...(options?.challenge ? { challenge: options.challenge } : {}),
          ...(options?.domain ? { domain: options.domain } : {}),
        },
        5_000,
      );
      if (!own.verified) {
        throw rejected({
          verified: false,
          checks: [],
          warnings: [],
          errors: own.errors.map((message) => ({ path: 'verifiablePresentation', code: 'presentation.invalid', message })),
        });
      }
      const credentials =
        vp['verifiableCredential'] === undefined
          ? []
          : Array.isArray(vp['verifiableCredential'])
            ? vp['verifiableCredential']
            : [vp['verifiableCredential']];
      const results = await Promise.all(credentials.slice(0, 20).map(async (c) => vcApiResult(await verifyCredentialDocument(env, c))));
      if (credentials.length > 20)
        throw rejected({
          verified: false,
          checks: [],
          warnings: [],
          errors: [{ path: 'verifiablePresentation', code: 'too-many', message: 'at most 20 credentials' }],
        });
      const failed = results.find((r) => !r.verified);
      if (failed) throw rejected(failed);
      return {
        verified: true,
        checks: ['proof', ...(results.length > 0 ? ['credentials'] : [])],
        warnings: results.flatMap((r) => r.warnings),
        errors: [],
      };
    },
  );
}
