import type { AcceptedCredential, VerificationReport } from '../credentials/index.js';
import type { AnyDb } from '../platform/index.js';
import type { FileStorage } from './storage/file-storage.js';
import type { AccessLogWriter } from './store/access-log.js';

/** What the dossier's use cases need at run time, built once from the module context. */
export interface DossierEnv {
  readonly db: AnyDb;
  readonly publicUrl: string;
  readonly storage: FileStorage;
  readonly maxFileBytes: number;
  /** Whether credential imports by URL may reach private and loopback addresses. */
  readonly fetchPrivateAddresses: boolean;
  /** Verifies a credential (JSON document or compact VC-JWT) with the credentials module. */
  readonly verify: (input: unknown) => Promise<VerificationReport>;
  /** The credentials a person accepted in the credentials module. */
  readonly acceptedCredentials: (personId: string) => Promise<AcceptedCredential[]>;
  /** Logs reads by others, concurrent ones in one write. */
  readonly accessLog: AccessLogWriter;
}

/** The public link of a share. */
export function shareUrl(env: Pick<DossierEnv, 'publicUrl'>, token: string): string {
  return `${env.publicUrl}/gedeeld/${token}`;
}
