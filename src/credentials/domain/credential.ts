import type { Alignment, AchievementFields } from './achievement.js';

/*
 * The credential builder: turns an issuer profile, an achievement and a recipient into an unsigned
 * OpenBadgeCredential (Open Badges 3.0 on the VC Data Model 2.0). Pure, so that the web app can show
 * exactly what will be signed.
 */

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/**
 * mbo facts without an Open Badges term are written as absolute IRIs, so that any verifier can
 * process them without fetching a context of ours (ADR 0022).
 */
export const MBO_VOCAB = 'https://purl.doorpakken.nl/mbo#';
export const mboTerms = {
  sbu: `${MBO_VOCAB}studyLoadSbu`,
  assessmentType: `${MBO_VOCAB}assessmentType`,
  participation: `${MBO_VOCAB}participation`,
  qualityAssurance: `${MBO_VOCAB}qualityAssurance`,
  learningOutcome: `${MBO_VOCAB}learningOutcome`,
} as const;

/** An issuer profile as it appears in credentials. */
export interface IssuerProfile {
  /** The issuer's identifier: the did:key of the signing key (ADR 0021). */
  readonly id: string;
  readonly name: string;
  readonly url: string | null;
  readonly email: string | null;
  readonly imageUrl: string | null;
  readonly description: string | null;
  /** RIO onderwijsaanbiedercode of the institution. */
  readonly institutionCode: string;
}

/** An achievement as it appears in credentials. */
export interface AchievementView extends Omit<AchievementFields, 'alignments' | 'image' | 'enrolmentOpen'> {
  /** Its public URL (also its identifier). */
  readonly id: string;
  readonly imageUrl: string | null;
  readonly alignments: readonly Alignment[];
}

/** One way of identifying the recipient (Open Badges IdentityObject). */
export interface IdentityObject {
  readonly type: 'IdentityObject';
  readonly identityType: 'emailAddress' | 'accountId' | 'name';
  readonly hashed: boolean;
  readonly identityHash: string;
  readonly salt?: string;
}

/** Where the credential's status bits live. */
export interface StatusSlot {
  /** URL of the status list without the purpose: `<base>/revocation` and `<base>/suspension` are the two lists. */
  readonly listBaseUrl: string;
  readonly index: number;
}

/** An OpenBadgeCredential before signing. */
export type UnsignedCredential = Record<string, unknown> & {
  '@context': string[];
  id: string;
  type: string[];
  issuer: Record<string, unknown>;
  validFrom: string;
  credentialSubject: Record<string, unknown>;
};

/** An XML Schema dateTime without fractions, as the VC data model writes it. */
export function dateTimeStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The issuer's Profile object. */
export function issuerObject(issuer: IssuerProfile): Record<string, unknown> {
  return {
    id: issuer.id,
    type: ['Profile'],
    name: issuer.name,
    ...(issuer.url ? { url: issuer.url } : {}),
    ...(issuer.email ? { email: issuer.email } : {}),
    ...(issuer.description ? { description: issuer.description } : {}),
    ...(issuer.imageUrl ? { image: { id: issuer.imageUrl, type: 'Image' } } : {}),
    otherIdentifier: [{ type: 'IdentifierEntry', identifier: issuer.institutionCode, identifierType: 'identifier' }],
  };
}

function alignmentObject(a: Alignment): Record<string, unknown> {
  const framework = a.kind === 'catalog-unit' ? 'Onderwijscatalogus mbo' : 'Kwalificatiestructuur mbo (SBB)';
  return {
    type: ['Alignment'],
    targetName: a.name,
    targetUrl: a.url,
    targetCode: a.crebo ? `${a.crebo}/${a.code}` : a.code,
    targetFramework: framework,
    targetType: `ext:${a.kind}`,
  };
}

/** The Achievement object: Open Badges terms plus the mbo facts (study load, outcomes, assessment). */
export function achievementObject(a: AchievementView): Record<string, unknown> {
  const alignments = a.alignments.map(alignmentObject);
  if (a.eqfLevel != null) {
    alignments.push({
      type: ['Alignment'],
      targetName: `EQF niveau ${a.eqfLevel}`,
      targetUrl: 'https://europass.europa.eu/en/description-eight-eqf-levels',
      targetCode: String(a.eqfLevel),
      targetFramework: 'European Qualifications Framework',
    });
  }
  if (a.nlqfLevel != null) {
    alignments.push({
      type: ['Alignment'],
      targetName: a.nlqfLevel === 'entree' ? 'NLQF Entree' : `NLQF niveau ${a.nlqfLevel}`,
      targetUrl: 'https://www.nlqf.nl/nlqf-niveaus',
      targetCode: a.nlqfLevel,
      targetFramework: 'Nederlands Kwalificatieraamwerk (NLQF)',
    });
  }
  return {
    id: a.id,
    type: ['Achievement'],
    achievementType: a.achievementType,
    name: a.name,
    description: a.description,
    criteria: { ...(a.criteriaUrl ? { id: a.criteriaUrl } : {}), narrative: a.criteria },
    ...(a.imageUrl ? { image: { id: a.imageUrl, type: 'Image' } } : {}),
    ...(alignments.length > 0 ? { alignment: alignments } : {}),
    ...(a.tags.length > 0 ? { tag: [...a.tags] } : {}),
    inLanguage: 'nl',
    [mboTerms.sbu]: a.sbu,
    [mboTerms.assessmentType]: a.assessmentType,
    ...(a.participation ? { [mboTerms.participation]: a.participation } : {}),
    ...(a.qualityAssurance ? { [mboTerms.qualityAssurance]: a.qualityAssurance } : {}),
    ...(a.learningOutcomes.length > 0 ? { [mboTerms.learningOutcome]: [...a.learningOutcomes] } : {}),
  };
}

/** The two status entries (revocation and suspension) of a credential at one index. */
export function statusEntries(slot: StatusSlot): Array<Record<string, string>> {
  return (['revocation', 'suspension'] as const).map((purpose) => ({
    id: `${slot.listBaseUrl}/${purpose}#${slot.index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: String(slot.index),
    statusListCredential: `${slot.listBaseUrl}/${purpose}`,
  }));
}

/** Builds the unsigned OpenBadgeCredential. */
export function buildOpenBadgeCredential(input: {
  readonly id: string;
  readonly issuer: IssuerProfile;
  readonly achievement: AchievementView;
  readonly identifiers: readonly IdentityObject[];
  readonly validFrom: Date;
  readonly validUntil?: Date | null;
  readonly status: StatusSlot;
}): UnsignedCredential {
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.achievement.name,
    issuer: issuerObject(input.issuer),
    validFrom: dateTimeStamp(input.validFrom),
    ...(input.validUntil ? { validUntil: dateTimeStamp(input.validUntil) } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: input.identifiers.map((i) => ({ ...i })),
      achievement: achievementObject(input.achievement),
    },
    credentialStatus: statusEntries(input.status),
  };
}

/** The status list index of the n-th credential of a list: an odd stride spreads neighbours apart (herd privacy). */
export function statusIndexOf(sequence: number, size: number): number {
  const STRIDE = 40_503; // odd, so it is coprime with the power-of-two list size and visits every slot once
  return (sequence * STRIDE) % size;
}
