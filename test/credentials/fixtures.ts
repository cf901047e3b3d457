import type { IssuerProfile } from '../../src/credentials/domain/credential.js';
import type { PersonHeaders, TestApp } from '../support/test-app.js';

/** The RIO code of the seeded institution that issues the demo badges. */
export const ISSUING_INSTITUTION_CODE = '901A001';

/** The id of the seeded issuing institution. */
export async function issuingInstitutionId(t: TestApp): Promise<string> {
  const [row] = (await t.database.rawQuery(`select id from institutions where code = $1`, [ISSUING_INSTITUTION_CODE])) as Array<{
    id: string;
  }>;
  if (!row) throw new Error(`The seeded data holds no institution ${ISSUING_INSTITUTION_CODE}`);
  return row.id;
}

/** A person who may issue badges for the institution, logged in. */
export function loginAsIssuer(t: TestApp, institutionId: string): Promise<PersonHeaders> {
  return t.loginAs({ grants: [{ role: 'credential_issuer', scope: 'institution', scopeId: institutionId }] });
}

/** The issuing institution's profile as it appears in a credential signed with the key `id`. */
export function issuerProfile(id: string, overrides: Partial<IssuerProfile> = {}): IssuerProfile {
  return {
    id,
    name: 'ROC Amstelkade',
    url: 'https://amstelkade.example',
    email: null,
    imageUrl: null,
    description: null,
    institutionCode: ISSUING_INSTITUTION_CODE,
    ...overrides,
  };
}
