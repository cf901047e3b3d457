/*
 * What the VC Data Model 2.0 demands of a credential before an issuer signs it, beyond what the
 * signing library checks: contexts, identifiers that are URLs, types, names and descriptions,
 * dates in XML Schema form, typed status, schema, evidence and related resources. Pure, so that
 * the same rules can run anywhere.
 */

/** One violation: where, and a stable code. */
export interface InputIssue {
  readonly path: string;
  readonly code: 'required' | 'invalid-format' | 'invalid-type' | 'not-allowed' | 'conflict';
  readonly message: string;
}

export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
/** The VC Data Model 1.1 base context: still common, so the VC-API accepts it too (ADR 0026). */
export const VC_V1 = 'https://www.w3.org/2018/credentials/v1';

const DATE_TIME_STAMP =
  /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$/;

/** True for an absolute URL (any scheme: https, did, urn, data, …). */
export function isUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0 || /\s/.test(value)) return false;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function languageValue(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return typeof value['@value'] === 'string' && keys.every((k) => ['@value', '@language', '@direction'].includes(k));
}

/** Checks a credential handed to the issuer; an empty list means it may be signed. */
export function checkCredentialInput(credential: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const fail = (path: string, code: InputIssue['code'], message: string) => issues.push({ path, code, message });
  if (!isObject(credential)) {
    fail('credential', 'invalid-type', 'must be a JSON object');
    return issues;
  }
  const context = credential['@context'];
  const contexts = list(context);
  if (context === undefined) fail('credential/@context', 'required', 'is required');
  else if (contexts[0] !== VC_V2 && contexts[0] !== VC_V1) fail('credential/@context', 'invalid-format', `must start with ${VC_V2}`);
  if (contexts[0] === VC_V1) {
    const issued = credential['issuanceDate'];
    if (typeof issued !== 'string' || Number.isNaN(Date.parse(issued)))
      fail('credential/issuanceDate', 'required', 'a 1.1 credential needs an issuanceDate');
    const expires = credential['expirationDate'];
    if (expires !== undefined && (typeof expires !== 'string' || Number.isNaN(Date.parse(expires)))) {
      fail('credential/expirationDate', 'invalid-format', 'must be a date-time');
    }
  }
  contexts.forEach((c, i) => {
    if (typeof c === 'string' ? !isUrl(c) : !isObject(c)) fail(`credential/@context/${i}`, 'invalid-format', 'must be a URL or an object');
  });

  if ('id' in credential && (Array.isArray(credential['id']) || !isUrl(credential['id']))) {
    fail('credential/id', 'invalid-format', 'must be one URL');
  }

  const types = list(credential['type']);
  if (credential['type'] === undefined) fail('credential/type', 'required', 'is required');
  else if (!types.every((t) => typeof t === 'string' && t.length > 0)) fail('credential/type', 'invalid-type', 'must be terms or URLs');
  else if (!types.includes('VerifiableCredential')) fail('credential/type', 'invalid-format', 'must include VerifiableCredential');

  for (const key of ['name', 'description']) {
    if (key in credential && !list(credential[key]).every(languageValue)) {
      fail(`credential/${key}`, 'invalid-type', 'must be a string or language value objects');
    }
  }

  const issuer = credential['issuer'];
  if (issuer === undefined || issuer === null) fail('credential/issuer', 'required', 'is required');
  else if (Array.isArray(issuer)) fail('credential/issuer', 'invalid-type', 'must have one value');
  else if (isObject(issuer)) {
    if (!isUrl(issuer['id'])) fail('credential/issuer/id', 'invalid-format', 'must be a URL');
    for (const key of ['name', 'description']) {
      if (key in issuer && !list(issuer[key]).every(languageValue))
        fail(`credential/issuer/${key}`, 'invalid-type', 'must be a string or language values');
    }
  } else if (!isUrl(issuer)) fail('credential/issuer', 'invalid-format', 'must be a URL');

  const subjects = list(credential['credentialSubject']);
  if (credential['credentialSubject'] === undefined) fail('credential/credentialSubject', 'required', 'is required');
  if (Array.isArray(credential['credentialSubject']) && subjects.length === 0)
    fail('credential/credentialSubject', 'required', 'must not be empty');
  subjects.forEach((s, i) => {
    if (!isObject(s) || Object.keys(s).length === 0)
      fail(`credential/credentialSubject/${i}`, 'invalid-type', 'must be an object with claims');
    else if ('id' in s && !isUrl(s['id'])) fail(`credential/credentialSubject/${i}/id`, 'invalid-format', 'must be a URL');
  });

  const from = credential['validFrom'];
  const until = credential['validUntil'];
  if (from !== undefined && (typeof from !== 'string' || !DATE_TIME_STAMP.test(from)))
    fail('credential/validFrom', 'invalid-format', 'must be an XML Schema dateTimeStamp');
  if (until !== undefined && (typeof until !== 'string' || !DATE_TIME_STAMP.test(until)))
    fail('credential/validUntil', 'invalid-format', 'must be an XML Schema dateTimeStamp');
  if (typeof from === 'string' && typeof until === 'string' && Date.parse(from) > Date.parse(until)) {
    fail('credential/validUntil', 'conflict', 'must not be before validFrom');
  }

  const typed = (key: string, needsId: boolean) => {
    if (!(key in credential)) return;
    const entries = list(credential[key]);
    if (entries.length === 0) fail(`credential/${key}`, 'required', 'must not be empty');
    entries.forEach((e, i) => {
      const path = `credential/${key}/${i}`;
      if (!isObject(e)) return fail(path, 'invalid-type', 'must be an object');
      if (e['type'] === undefined || !list(e['type']).every((t) => typeof t === 'string' && t.length > 0))
        fail(`${path}/type`, 'required', 'is required');
      if (needsId && e['id'] === undefined) fail(`${path}/id`, 'required', 'is required');
      if ('id' in e && (Array.isArray(e['id']) || !isUrl(e['id']))) fail(`${path}/id`, 'invalid-format', 'must be one URL');
    });
  };
  typed('credentialStatus', false);
  typed('credentialSchema', true);
  typed('evidence', false);
  typed('termsOfUse', false);
  typed('refreshService', false);
  typed('renderMethod', false);

  if ('relatedResource' in credential) {
    const resources = list(credential['relatedResource']);
    const ids = new Set<string>();
    resources.forEach((r, i) => {
      const path = `credential/relatedResource/${i}`;
      if (!isObject(r)) return fail(path, 'invalid-type', 'must be an object');
      if (!isUrl(r['id'])) fail(`${path}/id`, 'invalid-format', 'must be a URL');
      else if (ids.has(r['id'] as string)) fail(`${path}/id`, 'conflict', 'appears twice');
      else ids.add(r['id'] as string);
      if (r['digestSRI'] === undefined && r['digestMultibase'] === undefined) fail(path, 'required', 'needs digestSRI or digestMultibase');
    });
  }
  return issues;
}
