import { defineJob, type AnyDb, type ModuleContext, type PlatformModule } from '../platform/index.js';
import { createAuditBatcher } from './audit-batcher.js';
import { BULK_AWARD_JOB, runBulkAward } from './bulk-award.js';
import type { VerificationReport } from './domain/verification.js';
import type { CredentialsEnv } from './env.js';
import { registerAwardRoutes } from './routes/award-routes.js';
import { registerLearnerRoutes } from './routes/learner-routes.js';
import { registerPublicRoutes } from './routes/public-routes.js';
import { registerVcApiRoutes } from './routes/vc-api-routes.js';
import { seedCredentials } from './seed/seed-credentials.js';
import { acceptedCredentials } from './store/awards.js';
import { verifyCredentialDocument } from './verify-credential.js';
import * as core from './migrations/2026-11-20-credentials-core.js';
import { registerAchievementRoutes } from './routes/achievement-routes.js';
import { registerIssuerRoutes } from './routes/issuer-routes.js';
import { cryptoPool } from './signing/crypto-pool.js';

/** The module's run-time dependencies, from the platform's context. */
export function credentialsEnv(context: ModuleContext): CredentialsEnv {
  let box: CredentialsEnv['box'] | undefined;
  return {
    db: context.db,
    // Opened on first use: verification needs no secret.
    get box() {
      box ??= context.secretBox('credential-keys');
      return box;
    },
    publicUrl: context.config.publicUrl,
    pool: cryptoPool(),
    jobs: context.jobs,
    audit: createAuditBatcher(context.db),
  };
}

/** Microcredentials: issuers and keys, achievements, awards, status lists, VC-API and public verification. */
export const credentialsModule: PlatformModule = {
  name: 'credentials',
  products: ['microcredentials'],
  migrations: { '2026-11-20-credentials-core': core },
  errorCodes: {
    'credentials.issuer-not-ready': { status: 409, title: 'The issuer has no active signing keys' },
    'credentials.achievement-archived': { status: 409, title: 'The achievement is archived' },
    'credentials.recipient-name-required': { status: 400, title: 'A recipient without an account needs a name' },
    'credentials.award-revoked': { status: 409, title: 'The award has been revoked' },
    'credentials.key-retired': { status: 409, title: 'The award was signed with a retired key' },
    'credentials.enrolment-closed': { status: 409, title: 'This badge cannot be requested' },
    'credentials.enrolment-pending': { status: 409, title: 'You have asked for this badge already' },
    'credentials.enrolment-decided': { status: 409, title: 'The request has been decided already' },
    'credentials.award-not-accepted': { status: 409, title: 'Accept the badge before sharing it' },
    'credentials.image-without-credential': { status: 422, title: 'The image holds no baked credential' },
    'credentials.invalid-credential': { status: 422, title: 'The credential does not satisfy the VC Data Model 2.0' },
    'credentials.unknown-context': { status: 422, title: 'The credential uses a context this server does not know (never fetched)' },
    'credentials.issuer-mismatch': { status: 422, title: "The credential does not name this institution's issuer" },
    'credentials.verification-failed': { status: 400, title: 'The credential or presentation does not verify' },
  },
  jobs: (context) => [
    defineJob<{ bulkAwardId: string }>({
      name: BULK_AWARD_JOB,
      handler: (data) => runBulkAward(credentialsEnv(context), data.bulkAwardId),
      expireInSeconds: 1800,
    }),
  ],
  seedDemo: (context) => seedCredentials(context, credentialsEnv(context)),
  async registerRoutes(app, context) {
    const env = credentialsEnv(context);
    registerIssuerRoutes(app, env);
    registerAchievementRoutes(app, env);
    registerAwardRoutes(app, env);
    registerLearnerRoutes(app, env);
    await registerPublicRoutes(app, env);
    registerVcApiRoutes(app, env);
  },
};

/** A credential a person accepted into their dossier, with its current status. */
export interface AcceptedCredential {
  readonly awardId: string;
  readonly credential: Record<string, unknown>;
  readonly acceptedAt: Date;
  readonly revoked: boolean;
  readonly suspended: boolean;
}

/** The credentials a person accepted (for the learner's dossier). */
export async function listAcceptedCredentials(db: AnyDb, personId: string): Promise<AcceptedCredential[]> {
  const rows = await acceptedCredentials(db, personId);
  return rows.map((r) => ({
    awardId: r.id,
    credential: r.credential,
    acceptedAt: r.accepted_at ?? new Date(0),
    revoked: r.revoked_at !== null,
    suspended: r.suspended_at !== null,
  }));
}

/** Verifies a credential document (JSON or compact VC-JWT): every check and a verdict, status included. */
export function verifyCredential(context: ModuleContext, input: unknown): Promise<VerificationReport> {
  return verifyCredentialDocument(credentialsEnv(context), input);
}

export type { Check, VerificationReport, Verdict } from './domain/verification.js';
