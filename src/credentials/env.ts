import type { AnyDb, JobQueue, SecretBox } from '../platform/index.js';
import type { AuditBatcher } from './audit-batcher.js';
import type { CryptoPool } from './signing/crypto-pool.js';

/** What the module's use cases need at run time, built once from the module context. */
export interface CredentialsEnv {
  readonly db: AnyDb;
  /** Seals and opens issuers' private keys. */
  readonly box: SecretBox;
  /** The platform's public base URL (issuer profiles, achievements, status lists live under it). */
  readonly publicUrl: string;
  readonly pool: CryptoPool;
  readonly jobs: JobQueue;
  /** Shared inserts for the audit events of high-volume endpoints. */
  readonly audit: AuditBatcher;
}

/** Public URLs of the module's resources. */
export const urls = {
  issuer: (env: Pick<CredentialsEnv, 'publicUrl'>, issuerId: string) => `${env.publicUrl}/credentials/issuers/${issuerId}`,
  key: (env: Pick<CredentialsEnv, 'publicUrl'>, keyId: string) => `${env.publicUrl}/credentials/keys/${keyId}`,
  achievement: (env: Pick<CredentialsEnv, 'publicUrl'>, achievementId: string) =>
    `${env.publicUrl}/credentials/achievements/${achievementId}`,
  achievementImage: (env: Pick<CredentialsEnv, 'publicUrl'>, achievementId: string) =>
    `${env.publicUrl}/credentials/achievements/${achievementId}/image`,
  issuerImage: (env: Pick<CredentialsEnv, 'publicUrl'>, issuerId: string) => `${env.publicUrl}/credentials/issuers/${issuerId}/image`,
  statusList: (env: Pick<CredentialsEnv, 'publicUrl'>, listId: string) => `${env.publicUrl}/credentials/status/${listId}`,
};
