import type { FastifyRequest } from 'fastify';
import type { Principal } from '../access/principal.js';
import type { AnyDb } from '../db/database.js';
import { DomainError } from '../errors/problem.js';
import type { TokenService } from './client-credentials.js';
import { resolveSession, SESSION_COOKIE } from './sessions.js';

const anonymous: Principal = { kind: 'anonymous' };

/**
 * Builds the request authenticator: a bearer token (machine client) wins over a session cookie
 * (person). A bad bearer token is an error; a stale cookie simply means anonymous.
 */
export function createAuthenticator(
  db: AnyDb,
  tokens: TokenService,
  /** Paths that carry their own credentials (the demo identity provider's endpoints). */
  ownCredentialPrefixes: readonly string[] = [],
): (request: FastifyRequest) => Promise<Principal> {
  return async (request) => {
    if (ownCredentialPrefixes.some((p) => request.url.startsWith(p))) return anonymous;
    const authorization = request.headers.authorization;
    // HTTP Basic belongs to the token endpoint, which checks it itself.
    if (authorization !== undefined && !authorization.startsWith('Basic ')) {
      const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization);
      if (!match?.[1]) throw new DomainError('unauthenticated', 'The Authorization header must be "Bearer <token>"');
      return tokens.verify(match[1]);
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return anonymous;
    const unsigned = request.unsignCookie(cookie);
    if (!unsigned.valid || !unsigned.value) return anonymous;
    return (await resolveSession(db, unsigned.value)) ?? anonymous;
  };
}
