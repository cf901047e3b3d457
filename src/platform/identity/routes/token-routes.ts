import { z } from 'zod';
import { DomainError } from '../../errors/problem.js';
import type { ZodApp } from '../../http/server.js';
import type { TokenService } from '../client-credentials.js';

const tokenRequest = z.object({
  grant_type: z.literal('client_credentials'),
  client_id: z.string().min(1).max(200).optional(),
  client_secret: z.string().min(1).max(500).optional(),
  scope: z.string().max(500).optional(),
});

const tokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int(),
  scope: z.string(),
});

function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  const match = header ? /^Basic ([A-Za-z0-9+/=]+)$/.exec(header) : null;
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return null;
  return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
}

/** OAuth2 token endpoint (client credentials only) and the public keys that verify its tokens. */
export function registerTokenRoutes(app: ZodApp, tokens: TokenService): void {
  app.post(
    '/oauth/token',
    {
      config: { csrf: false },
      schema: {
        tags: ['identity'],
        summary: 'Exchange client credentials for an access token (RFC 6749 §4.4)',
        consumes: ['application/x-www-form-urlencoded'],
        body: tokenRequest,
        response: { 200: tokenResponse },
      },
    },
    async (request, reply) => {
      const basic = basicCredentials(request.headers.authorization?.startsWith('Basic ') ? request.headers.authorization : undefined);
      const id = basic?.id ?? request.body.client_id;
      const secret = basic?.secret ?? request.body.client_secret;
      if (!id || !secret)
        throw new DomainError('unauthenticated', 'Client credentials are missing (HTTP Basic or client_id/client_secret)');
      const scopes = request.body.scope?.split(' ').filter(Boolean);
      const issued = await tokens.issue(id, secret, scopes);
      return reply.header('cache-control', 'no-store').send(issued);
    },
  );
  app.get('/oauth/jwks.json', { schema: { hide: true } }, async () => tokens.jwks);
}
