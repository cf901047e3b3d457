/*
 * The verification report: every check a verifier performs, each with an outcome and a stable code
 * the web app translates into a plain-language verdict. Pure, shared by the server and the web app.
 */

/** The checks, in the order a reader meets them. */
export const checkNames = ['format', 'signature', 'issuer-key', 'dates', 'status', 'schema'] as const;
export type CheckName = (typeof checkNames)[number];

export type CheckOutcome = 'passed' | 'failed' | 'warning' | 'skipped';

/** One check with its outcome; `code` is stable (`signature.invalid`, `status.revoked`, …). */
export interface Check {
  readonly name: CheckName;
  readonly outcome: CheckOutcome;
  readonly code: string;
  readonly detail?: string;
}

/** The one-word verdict over all checks. */
export type Verdict = 'valid' | 'invalid' | 'revoked' | 'suspended' | 'expired' | 'not-yet-valid' | 'unreadable' | 'unknown-issuer';

/** What a verifier shows about the credential it checked (only what the credential itself says). */
export interface CredentialSummary {
  readonly id: string | null;
  readonly issuer: { readonly id: string | null; readonly name: string | null; readonly url: string | null };
  readonly achievement: {
    readonly id: string | null;
    readonly name: string | null;
    readonly description: string | null;
    readonly achievementType: string | null;
    readonly criteria: string | null;
    readonly imageUrl: string | null;
  } | null;
  readonly learner: { readonly name: string | null; readonly hashedIdentifiers: number };
  readonly validFrom: string | null;
  readonly validUntil: string | null;
}

/** Everything a verification produced. */
export interface VerificationReport {
  readonly verified: boolean;
  readonly verdict: Verdict;
  readonly format: 'data-integrity' | 'vc-jwt' | null;
  readonly checks: readonly Check[];
  readonly credential: CredentialSummary | null;
  /** The institution the signing key is registered to on this platform, when it is. */
  readonly registeredIssuer: { readonly institutionName: string; readonly institutionCode: string } | null;
}

/** The verdict of a set of checks: the first failure that matters most decides. */
export function verdictOf(checks: readonly Check[]): Verdict {
  const failed = (name: CheckName) => checks.find((c) => c.name === name && c.outcome === 'failed');
  if (failed('format')) return 'unreadable';
  if (failed('signature')) return 'invalid';
  if (failed('issuer-key')) return 'unknown-issuer';
  if (failed('schema')) return 'invalid';
  const status = failed('status');
  if (status) return status.code === 'status.suspended' ? 'suspended' : status.code === 'status.revoked' ? 'revoked' : 'invalid';
  const dates = failed('dates');
  if (dates) return dates.code === 'dates.not-yet-valid' ? 'not-yet-valid' : 'expired';
  return 'valid';
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (typeof v['@value'] === 'string') return v['@value'];
  }
  return null;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') return (value as { id: string }).id;
  return null;
}

/** What the credential says about itself, read defensively (the input may be anything). */
export function summarise(credential: Record<string, unknown>): CredentialSummary {
  const issuer = credential['issuer'];
  const issuerObject = issuer && typeof issuer === 'object' ? (issuer as Record<string, unknown>) : {};
  const subjectValue = credential['credentialSubject'];
  const subject = (Array.isArray(subjectValue) ? subjectValue[0] : subjectValue) as Record<string, unknown> | undefined;
  const achievement = subject && typeof subject === 'object' ? (subject['achievement'] as Record<string, unknown> | undefined) : undefined;
  const identifiers = subject && Array.isArray(subject['identifier']) ? (subject['identifier'] as Array<Record<string, unknown>>) : [];
  const nameEntry = identifiers.find((i) => i && i['identityType'] === 'name' && i['hashed'] === false);
  const criteria = achievement?.['criteria'] as Record<string, unknown> | undefined;
  return {
    id: typeof credential['id'] === 'string' ? credential['id'] : null,
    issuer: { id: idOf(issuer), name: text(issuerObject['name']), url: text(issuerObject['url']) },
    achievement:
      achievement && typeof achievement === 'object'
        ? {
            id: idOf(achievement),
            name: text(achievement['name']),
            description: text(achievement['description']),
            achievementType: text(achievement['achievementType']),
            criteria: criteria && typeof criteria === 'object' ? text(criteria['narrative']) : null,
            imageUrl: idOf(achievement['image']),
          }
        : null,
    learner: {
      name: (nameEntry ? text(nameEntry['identityHash']) : null) ?? (subject ? text(subject['name']) : null),
      hashedIdentifiers: identifiers.filter((i) => i && i['hashed'] === true).length,
    },
    validFrom: text(credential['validFrom']) ?? text(credential['issuanceDate']),
    validUntil: text(credential['validUntil']) ?? text(credential['expirationDate']),
  };
}
