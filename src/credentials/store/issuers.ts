import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { CredentialTables } from './tables.js';

const t = (db: AnyDb) =>
  tablesOf<
    CredentialTables & { institutions: { id: string; code: string; name: string; website: string | null; contact_email: string | null } }
  >(db);

/** The issuer of an institution, with the institution's code and name. */
export async function findIssuerOfInstitution(db: AnyDb, institutionId: string) {
  return t(db)
    .selectFrom('credential_issuers as i')
    .innerJoin('institutions as n', 'n.id', 'i.institution_id')
    .selectAll('i')
    .select(['n.code as institution_code', 'n.name as institution_name'])
    .where('i.institution_id', '=', institutionId)
    .executeTakeFirst();
}

/** An issuer by id, with the institution's code and name. */
export async function findIssuer(db: AnyDb, issuerId: string) {
  return t(db)
    .selectFrom('credential_issuers as i')
    .innerJoin('institutions as n', 'n.id', 'i.institution_id')
    .selectAll('i')
    .select(['n.code as institution_code', 'n.name as institution_name'])
    .where('i.id', '=', issuerId)
    .executeTakeFirst();
}

/** The institution's name, website and contact address (defaults of a new issuer profile), or undefined. */
export async function institutionBasics(db: AnyDb, institutionId: string) {
  return t(db)
    .selectFrom('institutions')
    .select(['id', 'code', 'name', 'website', 'contact_email'])
    .where('id', '=', institutionId)
    .executeTakeFirst();
}

/** Creates the issuer row (the caller adds keys in the same transaction); undefined when another request won. */
export async function insertIssuer(
  trx: AnyDb,
  values: { institutionId: string; name: string; url: string | null; email: string | null },
): Promise<string | undefined> {
  const row = await t(trx)
    .insertInto('credential_issuers')
    .values({ institution_id: values.institutionId, name: values.name, url: values.url, email: values.email })
    .onConflict((oc) => oc.column('institution_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Fields of an issuer profile staff may change. */
export interface IssuerPatch {
  readonly name?: string | undefined;
  readonly url?: string | null | undefined;
  readonly email?: string | null | undefined;
  readonly image?: string | null | undefined;
  readonly description?: string | null | undefined;
}

/** Applies a patch; returns the names of the changed fields. */
export async function updateIssuer(trx: AnyDb, issuerId: string, patch: IssuerPatch): Promise<string[]> {
  const before = await t(trx).selectFrom('credential_issuers').selectAll().where('id', '=', issuerId).forUpdate().executeTakeFirstOrThrow();
  const next = {
    name: patch.name ?? before.name,
    url: patch.url === undefined ? before.url : patch.url,
    email: patch.email === undefined ? before.email : patch.email,
    image: patch.image === undefined ? before.image : patch.image,
    description: patch.description === undefined ? before.description : patch.description,
  };
  const changed = (Object.keys(next) as Array<keyof typeof next>).filter((k) => next[k] !== before[k]);
  if (changed.length > 0) {
    await t(trx)
      .updateTable('credential_issuers')
      .set({ ...next, updated_at: sql<Date>`now()` })
      .where('id', '=', issuerId)
      .execute();
  }
  return changed;
}

/** A key row to insert. */
export interface KeyInsert {
  readonly id: string;
  readonly issuerId: string;
  readonly algorithm: 'Ed25519' | 'RS256';
  readonly controller: string;
  readonly verificationMethod: string;
  readonly publicKeyMultibase: string | null;
  readonly publicJwk: Record<string, unknown>;
  readonly thumbprint: string;
  readonly privateKeySealed: string;
}

/** Stores keys. */
export async function insertKeys(trx: AnyDb, keys: readonly KeyInsert[]): Promise<void> {
  await t(trx)
    .insertInto('credential_issuer_keys')
    .values(
      keys.map((k) => ({
        id: k.id,
        issuer_id: k.issuerId,
        algorithm: k.algorithm,
        controller: k.controller,
        verification_method: k.verificationMethod,
        public_key_multibase: k.publicKeyMultibase,
        public_jwk: JSON.stringify(k.publicJwk),
        thumbprint: k.thumbprint,
        private_key_sealed: k.privateKeySealed,
      })),
    )
    .execute();
}

/** Retires the issuer's active keys (they stay for verification and for signing their own status lists). */
export async function retireActiveKeys(trx: AnyDb, issuerId: string): Promise<number> {
  const result = await t(trx)
    .updateTable('credential_issuer_keys')
    .set({ retired_at: sql<Date>`now()` })
    .where('issuer_id', '=', issuerId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Every key of an issuer, newest first. */
export async function listKeys(db: AnyDb, issuerId: string) {
  return t(db)
    .selectFrom('credential_issuer_keys')
    .select(['id', 'algorithm', 'controller', 'verification_method', 'public_key_multibase', 'public_jwk', 'created_at', 'retired_at'])
    .where('issuer_id', '=', issuerId)
    .orderBy('created_at', 'desc')
    .orderBy('algorithm')
    .execute();
}

/** The sealed key rows of an issuer's active generation. */
export async function activeKeyRows(db: AnyDb, issuerId: string) {
  return t(db)
    .selectFrom('credential_issuer_keys')
    .selectAll()
    .where('issuer_id', '=', issuerId)
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

/** One sealed key row by id. */
export async function keyRow(db: AnyDb, keyId: string) {
  return t(db).selectFrom('credential_issuer_keys').selectAll().where('id', '=', keyId).executeTakeFirst();
}

/** The institution a key (by did:key controller or JWK thumbprint) is registered to, if any. */
export async function registeredKeyOwner(db: AnyDb, key: { controller?: string; thumbprint?: string }) {
  let query = t(db)
    .selectFrom('credential_issuer_keys as k')
    .innerJoin('credential_issuers as i', 'i.id', 'k.issuer_id')
    .innerJoin('institutions as n', 'n.id', 'i.institution_id')
    .select(['k.id', 'k.issuer_id', 'k.retired_at', 'n.name as institution_name', 'n.code as institution_code']);
  if (key.controller) query = query.where('k.controller', '=', key.controller).where('k.algorithm', '=', 'Ed25519');
  else if (key.thumbprint) query = query.where('k.thumbprint', '=', key.thumbprint);
  else return undefined;
  return query.executeTakeFirst();
}

/** The id of the institution with a RIO code, or undefined. */
export async function institutionIdByCode(db: AnyDb, code: string): Promise<string | undefined> {
  const row = await t(db).selectFrom('institutions').select('id').where('code', '=', code).executeTakeFirst();
  return row?.id;
}
