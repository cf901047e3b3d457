import type { VerificationReport } from '../credentials/index.js';
import { DomainError, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import type { DossierEnv } from './env.js';
import { fetchCredential } from './fetch-credential.js';
import { insertItem, type ItemRow } from './store/items.js';

/** What a learner hands in: the JSON document, a compact VC-JWT, or a URL to fetch either from. */
export type CredentialSource = { credential: Record<string, unknown> } | { jwt: string } | { url: string };

/** Verdicts that never enter the dossier: the document is unreadable or its signature does not hold. */
const refusedVerdicts = new Set(['unreadable', 'invalid']);

/**
 * The learner imports a credential. It is verified with the credentials module first; an unreadable
 * one or one whose signature fails is refused, anything else is kept with its verdict (a revoked or
 * expired credential stays in the dossier, marked as such, never as valid).
 */
export async function importCredential(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly source: CredentialSource;
}): Promise<ItemRow> {
  const { env, source } = options;
  const person = requirePerson(options.principal);
  const input =
    'url' in source
      ? await fetchCredential(source.url, { allowPrivate: env.fetchPrivateAddresses })
      : 'jwt' in source
        ? source.jwt
        : source.credential;
  const report = await env.verify(input);
  if (refusedVerdicts.has(report.verdict)) {
    throw new DomainError(
      report.verdict === 'unreadable' ? 'dossier.credential-unreadable' : 'dossier.credential-invalid',
      'The credential does not verify and was not added',
      { verdict: report.verdict, checks: report.checks.map((c) => ({ name: c.name, outcome: c.outcome, code: c.code })) },
    );
  }
  const jwt = typeof input === 'string' ? input : undefined;
  const document = jwt ? decodeJwtPayload(jwt) : (input as Record<string, unknown>);
  return env.db.transaction().execute(async (trx) => {
    const row = await insertItem(trx, {
      ownerId: person.personId,
      kind: 'credential',
      title: credentialTitle(report),
      description: report.credential?.achievement?.description ?? null,
      details: credentialDetails(report),
      fileIds: [],
      provenance: 'signed',
      datedAt: datedAt(report),
      credential: document,
      credentialJwt: jwt,
      verification: { verdict: report.verdict, report: storedReport(report), at: new Date() },
    });
    await recordAuditEvent(trx, {
      actor: person,
      action: 'dossier.credential-imported',
      subjectType: 'dossier-item',
      subjectId: row.id,
      dataSubjectPersonId: person.personId,
      requestId: options.requestId,
      details: { verdict: report.verdict, via: 'url' in source ? 'url' : 'jwt' in source ? 'jwt' : 'document' },
    });
    return row;
  });
}

/** The parts of a report kept with the item (verdict and check codes; no personal attributes). */
export function storedReport(report: VerificationReport): Record<string, unknown> {
  return {
    verified: report.verified,
    format: report.format,
    checks: report.checks.map((c) => ({ name: c.name, outcome: c.outcome, code: c.code })),
    registeredIssuer: report.registeredIssuer,
  };
}

export function credentialTitle(report: VerificationReport): string {
  return (report.credential?.achievement?.name ?? report.credential?.issuer.name ?? 'Credential').slice(0, 300);
}

export function credentialDetails(report: VerificationReport): Record<string, unknown> {
  const c = report.credential;
  return {
    ...(c?.issuer.name ? { issuerName: c.issuer.name } : {}),
    ...(c?.issuer.id ? { issuerId: c.issuer.id } : {}),
    ...(c?.achievement?.achievementType ? { achievementType: c.achievement.achievementType } : {}),
    ...(c?.achievement?.criteria ? { criteria: c.achievement.criteria } : {}),
    ...(c?.validFrom ? { validFrom: c.validFrom } : {}),
    ...(c?.validUntil ? { validUntil: c.validUntil } : {}),
    ...(report.format ? { format: report.format } : {}),
  };
}

function datedAt(report: VerificationReport): Date {
  const from = report.credential?.validFrom;
  const date = from ? new Date(from) : new Date();
  return Number.isNaN(date.getTime()) ? new Date() : date;
}

function decodeJwtPayload(jwt: string): Record<string, unknown> {
  const [, payload] = jwt.split('.');
  try {
    const decoded = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as unknown;
    return decoded && typeof decoded === 'object' ? (decoded as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
