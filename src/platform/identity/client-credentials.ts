import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import type { Kysely } from 'kysely';
import type { ClientPrincipal } from '../access/principal.js';
import { hashSecret, randomToken, verifySecret } from '../crypto/secrets.js';
import type { AnyDb } from '../db/database.js';
import type { PlatformTables } from '../db/tables.js';
import { DomainError } from '../errors/problem.js';
import type { SigningKeys } from './signing-keys.js';

/** Scopes an institution's system can be given. */
export const clientScopes = ['catalog:write', 'credentials:issue', 'dossier:write', 'logistics:write', 'read'] as const;
export type ClientScope = (typeof clientScopes)[number];

const TOKEN_TTL_SECONDS = 900;
/** How long a verified token is trusted without asking the database whether its client was revoked. */
const VERIFIED_FOR_MS = 30_000;
const MAX_CACHED_TOKENS = 10_000;

/** Issues and verifies client-credentials access tokens (JWT, ES256). */
export interface TokenService {
  /** Exchanges client id and secret for an access token; throws `unauthenticated` when they do not match. */
  issue(
    clientId: string,
    clientSecret: string,
    requestedScopes: string[] | undefined,
  ): Promise<{ access_token: string; token_type: 'Bearer'; expires_in: number; scope: string }>;
  /** Verifies a bearer token; throws `unauthenticated` when it is not valid. */
  verify(token: string): Promise<ClientPrincipal>;
  readonly jwks: SigningKeys['publicJwks'];
}

/** Creates the token service for this server's public URL. */
export function createTokenService(db: AnyDb, keys: SigningKeys, publicUrl: string): TokenService {
  const t = db as Kysely<PlatformTables>;
  const issuer = publicUrl;
  const audience = `${publicUrl}/api`;
  const jwks = createLocalJWKSet(keys.publicJwks);
  // Verified tokens, so that a busy client pays for signature checks and the revocation lookup only
  // once per half minute. A revoked client is locked out within that time on every server.
  const verified = new Map<string, { principal: ClientPrincipal; until: number }>();
  return {
    jwks: keys.publicJwks,
    async issue(clientId, clientSecret, requestedScopes) {
      const client = await t
        .selectFrom('api_clients')
        .selectAll()
        .where('client_id', '=', clientId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      // Verify against a dummy hash when the client is unknown, so timing does not reveal which ids exist.
      const ok = await verifySecret(clientSecret, client?.secret_hash ?? DUMMY_HASH);
      if (!client || !ok) throw new DomainError('unauthenticated', 'Unknown client or wrong secret');
      const scopes = requestedScopes ? requestedScopes.filter((s) => client.scopes.includes(s)) : client.scopes;
      if (requestedScopes && scopes.length !== requestedScopes.length) {
        throw new DomainError('forbidden', 'The client is not allowed one of the requested scopes');
      }
      const scope = scopes.join(' ');
      const accessToken = await new SignJWT({ scope, institution: client.institution_id })
        .setProtectedHeader({ alg: keys.alg, kid: keys.kid, typ: 'at+jwt' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(client.client_id)
        .setIssuedAt()
        .setJti(randomToken(12))
        .setExpirationTime(`${TOKEN_TTL_SECONDS}s`)
        .sign(keys.privateKey);
      return { access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_TTL_SECONDS, scope };
    },
    async verify(token) {
      const now = Date.now();
      const cached = verified.get(token);
      if (cached && cached.until > now) return cached.principal;
      let principal: ClientPrincipal;
      let expiresAt: number;
      try {
        const { payload } = await jwtVerify(token, jwks, { issuer, audience, typ: 'at+jwt', algorithms: [keys.alg] });
        if (typeof payload.sub !== 'string' || typeof payload['institution'] !== 'string' || typeof payload.exp !== 'number') {
          throw new Error('claims');
        }
        const scope = typeof payload['scope'] === 'string' ? payload['scope'] : '';
        principal = {
          kind: 'client',
          clientId: payload.sub,
          institutionId: payload['institution'],
          scopes: scope.split(' ').filter(Boolean),
        };
        expiresAt = payload.exp * 1000;
      } catch {
        verified.delete(token);
        throw new DomainError('unauthenticated', 'The bearer token is invalid or expired');
      }
      const live = await t
        .selectFrom('api_clients')
        .select('id')
        .where('client_id', '=', principal.clientId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!live) throw new DomainError('unauthenticated', 'The client of this token has been revoked');
      if (verified.size >= MAX_CACHED_TOKENS) {
        for (const [key, entry] of verified) if (entry.until <= now) verified.delete(key);
        if (verified.size >= MAX_CACHED_TOKENS) verified.clear();
      }
      verified.set(token, { principal, until: Math.min(now + VERIFIED_FOR_MS, expiresAt) });
      return principal;
    },
  };
}

const DUMMY_HASH = 'scrypt$16384$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Registers a machine client for one institution; the secret is returned once and stored hashed. */
export async function createApiClient(
  db: AnyDb,
  input: { institutionId: string; name: string; scopes: readonly ClientScope[] },
): Promise<{ id: string; clientId: string; clientSecret: string }> {
  const clientId = `client-${randomToken(12)}`;
  const clientSecret = randomToken(32);
  const row = await (db as Kysely<PlatformTables>)
    .insertInto('api_clients')
    .values({
      client_id: clientId,
      secret_hash: await hashSecret(clientSecret),
      name: input.name,
      institution_id: input.institutionId,
      scopes: [...input.scopes],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, clientId, clientSecret };
}
