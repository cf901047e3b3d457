import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMboRules, type AchievementFields } from '../../src/credentials/domain/achievement.js';
import { statusIndexOf } from '../../src/credentials/domain/credential.js';
import { checkCredentialInput } from '../../src/credentials/domain/vcdm-input.js';
import { verdictOf, type Check } from '../../src/credentials/domain/verification.js';

const base = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['VerifiableCredential'],
  issuer: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
  credentialSubject: { id: 'did:example:1', name: 'x' },
};

describe('the issuer-side checks of the VC Data Model 2.0', () => {
  it('accepts a minimal credential', () => {
    expect(checkCredentialInput(base)).toEqual([]);
  });

  it('accepts any dateTimeStamp with a time zone and refuses dates without one', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }), (date) => {
        expect(checkCredentialInput({ ...base, validFrom: date.toISOString() })).toEqual([]);
        expect(checkCredentialInput({ ...base, validFrom: date.toISOString().slice(0, 19) })).toHaveLength(1);
      }),
      { numRuns: 50 },
    );
  });

  it('names the path of every violation', () => {
    const issues = checkCredentialInput({
      ...base,
      id: 'not a url',
      credentialStatus: [{ id: 'https://example.org/s#1' }],
      credentialSchema: { type: 'JsonSchema' },
      relatedResource: [{ id: 'https://example.org/r' }],
    });
    expect(issues.map((i) => i.path)).toEqual([
      'credential/id',
      'credential/credentialStatus/0/type',
      'credential/credentialSchema/0/id',
      'credential/relatedResource/0',
    ]);
  });
});

describe('the mbo rules', () => {
  const fields: AchievementFields = {
    name: 'x',
    description: 'x',
    criteria: 'x',
    achievementType: 'MicroCredential',
    sbu: 28,
    eqfLevel: 4,
    nlqfLevel: '4',
    learningOutcomes: ['a'],
    assessmentType: 'portfolio',
    participation: 'online',
    qualityAssurance: 'x',
    alignments: [],
    tags: [],
    enrolmentOpen: false,
  };

  it('lets a complete microcredential pass and names what an incomplete one lacks', () => {
    expect(checkMboRules(fields)).toEqual([]);
    expect(checkMboRules({ ...fields, learningOutcomes: [], qualityAssurance: null }).map((i) => i.field)).toEqual([
      'learningOutcomes',
      'qualityAssurance',
    ]);
  });

  it('keeps NLQF and EQF levels consistent', () => {
    expect(checkMboRules({ ...fields, nlqfLevel: '3' })).toEqual([expect.objectContaining({ field: 'nlqfLevel', code: 'conflict' })]);
    expect(checkMboRules({ ...fields, eqfLevel: 1, nlqfLevel: 'entree' })).toEqual([]);
  });
});

describe('status list indices and verdicts', () => {
  it('hands out every slot of a list exactly once', () => {
    const size = 1024;
    const seen = new Set(Array.from({ length: size }, (_, i) => statusIndexOf(i, size)));
    expect(seen.size).toBe(size);
  });

  it('lets the weightiest failure decide the verdict', () => {
    const check = (name: Check['name'], outcome: Check['outcome'], code: string): Check => ({ name, outcome, code });
    expect(
      verdictOf([
        check('signature', 'passed', 'signature.ok'),
        check('status', 'failed', 'status.revoked'),
        check('dates', 'failed', 'dates.expired'),
      ]),
    ).toBe('revoked');
    expect(verdictOf([check('signature', 'failed', 'signature.invalid'), check('status', 'failed', 'status.revoked')])).toBe('invalid');
    expect(verdictOf([check('format', 'passed', 'format.ok'), check('status', 'warning', 'status.not-checked')])).toBe('valid');
  });
});
